package se.traden.quality;

/** A risk is open until its measures work (mitigated), and closed when it no longer applies. */
public enum RiskStatus {
    OPEN,
    MITIGATED,
    CLOSED;

    public String messageKey() {
        return "quality.risk.status." + name();
    }
}
