package se.traden.organisation;

/**
 * The five parts of the model a municipality may not leave out (seed 000, sections 3.5 and 8.4). The
 * order is the order the check presents them in.
 */
enum CoreComponent {
    /** A dedicated individual coordinator function, staffed. */
    INDIVIDUAL_COORDINATOR,
    /** Case managers: at least one, in practice at least two. */
    CASE_MANAGERS,
    /** The individual coordinator alone decides on activation and on which case manager is assigned. */
    IC_DECIDES_ASSIGNMENT,
    /** The individual coordinator and the case managers share one unit with a group manager. */
    COMMON_UNIT,
    /** That unit belongs to the social services. */
    WITHIN_SOCIAL_SERVICES;

    public String messageKey() {
        return "organisation.core." + name();
    }
}
