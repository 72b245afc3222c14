package se.traden.casework;

/**
 * A part of a case kept by another module (consent, plan, contacts...), listed on the case page under
 * "Delar av ärendet". A module that adds a page under {@code /cases/{id}/<path>} declares it as a Spring
 * bean implementing this interface; the case page links every section it finds, in their order, and
 * never links a page that does not exist. The section's own page still asks {@link CaseAccess}.
 */
public interface CaseSection {

    /** The path below the case, without slashes: {@code plan} links {@code /cases/{id}/plan}. */
    String path();

    /** The message key of the link text, in the module's own bundle. */
    String messageKey();

    /** Where the link stands in the list: lower first. */
    int order();

    /** A section as a plain value, for a module's {@code @Bean} method. */
    static CaseSection of(String path, String messageKey, int order) {
        record Section(String path, String messageKey, int order) implements CaseSection {}
        return new Section(path, messageKey, order);
    }
}
