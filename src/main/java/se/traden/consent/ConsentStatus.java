package se.traden.consent;

/** Where a consent stands at a moment. */
public enum ConsentStatus {
    /** Everything it was given for is still covered. */
    VALID,
    /** Withdrawn for some recipients or categories; the rest is still covered. */
    PARTLY_WITHDRAWN,
    /** Covers nothing any more. */
    WITHDRAWN;

    public String messageKey() {
        return "consent.status." + name();
    }
}
