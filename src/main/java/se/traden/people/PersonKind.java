package se.traden.people;

/** Why a person is in the register: as the child the collaboration is about, or as someone around one. */
enum PersonKind {
    CHILD,
    GUARDIAN,
    /** Relatives, friends, a family home and other adults who matter to a child. */
    NETWORK;

    public String messageKey() {
        return "people.kind." + name();
    }
}
