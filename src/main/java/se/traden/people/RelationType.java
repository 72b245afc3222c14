package se.traden.people;

/** How a person stands to a child: read as "this person is the child's ...". */
enum RelationType {
    GUARDIAN,
    PARENT_NOT_GUARDIAN,
    SIBLING,
    GRANDPARENT,
    OTHER_RELATIVE,
    FAMILY_HOME,
    OTHER;

    /** What a person first registered in this relation is in the register. */
    PersonKind kindOfNewPerson() {
        return this == GUARDIAN ? PersonKind.GUARDIAN : PersonKind.NETWORK;
    }

    public String messageKey() {
        return "people.relation." + name();
    }
}
