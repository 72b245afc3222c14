package se.traden.consent;

/** Who gave a consent, seen from the child the information is about. */
public enum GiverRole {
    /** The child (or the adult) the information is about. */
    CHILD,
    /** A registered guardian of the child. */
    GUARDIAN;

    public String messageKey() {
        return "consent.giver-role." + name();
    }
}
