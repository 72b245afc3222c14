package se.traden.disclosure;

/**
 * What kind of information a disclosure carries. A fixed list, so that the ledger can be reviewed and
 * counted per category; the Swedish names are in the message bundle.
 */
public enum InformationCategory {
    /** Who the person is: name, personal identity number, address. */
    IDENTITY,
    SCHOOL,
    HEALTH,
    CRIME_AND_POLICE,
    SOCIAL_SERVICES,
    FAMILY,
    LEISURE,
    OTHER;

    public String messageKey() {
        return "information-category." + name();
    }
}
