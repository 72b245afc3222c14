package se.traden.intake;

/**
 * The coordinator's valuation at triage of how complex the need for collaboration looks. Recorded so
 * that line decisions can later be set against the complexity of the inflow.
 */
public enum Complexity {
    LOW,
    MEDIUM,
    HIGH;

    public String messageKey() {
        return "complexity." + name();
    }
}
