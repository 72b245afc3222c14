package se.traden.people;

/** How a person is identified now. */
enum IdentityKind {
    PERSONAL_NUMBER,
    COORDINATION_NUMBER,
    /** No number is known: the municipality has given the child a reserve identity of its own. */
    RESERVE,
    /** Only for adults around a child, who may be registered by name alone. */
    NONE;

    static IdentityKind of(PersonalIdentityNumber number) {
        return number.isCoordinationNumber() ? COORDINATION_NUMBER : PERSONAL_NUMBER;
    }

    public String messageKey() {
        return "people.identity-kind." + name();
    }
}
