package se.traden.collaboration;

/** The assessment instruments a use may name; any other goes by its own name. */
public enum Instrument {
    CHECK_IRK,
    ESTER,
    SAVRY,
    BBIC,
    SDQ,
    OTHER;

    public String messageKey() {
        return "instrument.name." + name();
    }
}
