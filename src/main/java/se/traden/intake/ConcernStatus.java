package se.traden.intake;

/** Where a concern stands on its way from receipt to a decision. */
public enum ConcernStatus {
    /** Received through the route; nobody has valued it yet. */
    RECEIVED,
    /** The coordinator (or out-of-hours service) has made a first valuation. */
    TRIAGED,
    /** Early information gathering is under way. */
    GATHERING,
    /** An assessment meeting has been held. */
    ASSESSED,
    /** Simple: advice was given and the matter went back to the line at once. */
    CLOSED_SIMPLE,
    /** Structured individual collaboration activated with a case manager. */
    ACTIVATED,
    /** Left with the line: the unit with the natural mission takes it. */
    LINE;

    public boolean isOpen() {
        return this == RECEIVED || this == TRIAGED || this == GATHERING || this == ASSESSED;
    }

    public String messageKey() {
        return "concern-status." + name();
    }
}
