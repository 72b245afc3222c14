package se.traden.authority;

/** The steps a disagreement climbs, in order. */
public enum EscalationLevel {
    /** The case manager and the counterpart try to settle it between them. */
    COUNTERPART,
    INDIVIDUAL_COORDINATOR,
    GROUP_MANAGER,
    HIGHER_MANAGEMENT;

    /** The next step up, or null at the top. */
    EscalationLevel next() {
        return this == HIGHER_MANAGEMENT ? null : values()[ordinal() + 1];
    }

    public String messageKey() {
        return "escalation.level." + name();
    }
}
