package se.traden.casework;

/**
 * The transitions in a child's life where support is most easily lost: between school stages, at the
 * 18th birthday, on moving to another municipality, into a placement and home again, and from treatment
 * back home.
 */
public enum TransitionKind {
    SCHOOL_STAGE,
    TURNING_18,
    MOVING_MUNICIPALITY,
    PLACEMENT,
    /** A placed child comes home: the case manager works a home-coming plan. */
    HOME_COMING,
    TREATMENT_TO_HOME;

    /** A home-coming is recorded only with its plan. */
    public boolean requiresHomeComingPlan() {
        return this == HOME_COMING;
    }

    public String messageKey() {
        return "case-transition." + name();
    }
}
