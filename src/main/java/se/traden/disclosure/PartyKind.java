package se.traden.disclosure;

/** What kind of organisation a party to a disclosure is, as far as the secrecy rules care. */
public enum PartyKind {
    SOCIAL_SERVICES,
    SCHOOL,
    INDEPENDENT_SCHOOL,
    POLICE,
    HEALTH_CARE,
    LEISURE,
    OTHER_AUTHORITY,
    /** A private party (a family home, an association): not an authority. */
    PRIVATE;

    public boolean isAuthority() {
        return this != PRIVATE;
    }
}
