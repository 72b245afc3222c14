package se.traden.collaboration;

/** Whom a contact was with. A home visit often meets both the child and a guardian. */
public enum ContactParty {
    CHILD,
    GUARDIAN,
    NETWORK,
    PROFESSIONAL;

    public String messageKey() {
        return "contact.party." + name();
    }

    /** Network and professionals are many: the contact says which one in words. */
    boolean needsDetail() {
        return this == NETWORK || this == PROFESSIONAL;
    }
}
