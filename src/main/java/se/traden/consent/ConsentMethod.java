package se.traden.consent;

/** How a consent was given: in writing, or orally and noted down by someone who heard it. */
public enum ConsentMethod {
    WRITTEN,
    ORAL;

    public String messageKey() {
        return "consent.method." + name();
    }
}
