package se.traden.intake;

/**
 * The state of the mandatory report (orosanmälan, SoL 19 kap. 1 §) about the same worry. Raising a
 * concern in Tråden never replaces it; the reporter says where it stands, and why when it does not
 * apply.
 */
public enum MandatoryReport {
    FILED,
    WILL_BE_FILED,
    NOT_APPLICABLE;

    public String messageKey() {
        return "mandatory-report." + name();
    }
}
