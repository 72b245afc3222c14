package se.traden.intake;

/**
 * How a case manager has known a child, the child's family or the child's school through earlier
 * assignments: not at all, through a collaboration that has ended, or through one that is going on.
 */
public enum Relationship {
    NONE,
    EARLIER,
    ONGOING;

    static Relationship of(boolean any, boolean ongoing) {
        return ongoing ? ONGOING : any ? EARLIER : NONE;
    }

    public boolean known() {
        return this != NONE;
    }
}
