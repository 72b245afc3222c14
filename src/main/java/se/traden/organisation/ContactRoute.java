package se.traden.organisation;

/**
 * Who a professional with a worry about a child turns to first. The individual coordinator is the
 * preferred solution; the social services' intake unit is a permitted variant that the municipality
 * must motivate in writing.
 */
public enum ContactRoute {
    INDIVIDUAL_COORDINATOR,
    INTAKE_UNIT;

    public boolean isPreferred() {
        return this == INDIVIDUAL_COORDINATOR;
    }

    public String messageKey() {
        return "organisation.contact-route." + name();
    }
}
