package se.traden.collaboration;

/** How the case manager met the child, the family or the network. */
public enum ContactKind {
    PHONE,
    TEXT_MESSAGE,
    PHYSICAL_MEETING,
    /** A meeting in daily life that was not planned: in the street, at school, at the leisure centre. */
    SPONTANEOUS_MEETING,
    HOME_VISIT,
    ACCOMPANYING_TO_ACTIVITY,
    DIGITAL;

    public String messageKey() {
        return "contact.kind." + name();
    }
}
