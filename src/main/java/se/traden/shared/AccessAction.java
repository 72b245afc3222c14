package se.traden.shared;

/** What was done with a record of personal data, as written to the access log. */
public enum AccessAction {
    READ,
    SEARCH,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT
}
