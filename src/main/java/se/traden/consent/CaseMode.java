package se.traden.consent;

/**
 * How a case works with information: with a valid consent, or — without one — in internal
 * coordination, where the case manager keeps working and each disclosure needs a ledger entry with a
 * secrecy-breaking basis of its own.
 */
public enum CaseMode {
    CONSENT,
    INTERNAL_COORDINATION;

    public String messageKey() {
        return "consent.mode." + name();
    }
}
