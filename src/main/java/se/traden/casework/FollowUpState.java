package se.traden.casework;

/** Where a follow-up of a maintaining contact stands on a given day. */
public enum FollowUpState {
    /** Its day is still some way off. */
    UPCOMING,
    /** Its day is near or has come: the case manager is reminded. */
    DUE,
    /** Its day has passed and it is not done. */
    OVERDUE,
    DONE,
    /** Not done when the maintaining contact ended (closed, or the case re-engaged): no longer current. */
    LAPSED;

    public String messageKey() {
        return "case-follow-up-state." + name();
    }
}
