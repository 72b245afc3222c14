package se.traden.disclosure;

/** Seen from the social services that keep the ledger: information given out, or taken in. */
public enum Direction {
    /** Another actor disclosed to us. */
    IN,
    /** We disclosed to another actor. */
    OUT;

    public String messageKey() {
        return "direction." + name();
    }
}
