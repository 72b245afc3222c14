package se.traden.casework;

/** Whether a case is worked, kept as a maintaining contact until a date, or closed. */
public enum CaseStatus {
    ACTIVE,
    /** Closed as structured collaboration, the case manager staying as a maintaining contact. */
    MAINTENANCE,
    CLOSED;

    public String messageKey() {
        return "case-status." + name();
    }
}
