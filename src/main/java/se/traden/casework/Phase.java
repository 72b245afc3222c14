package se.traden.casework;

/** The case manager's phases of work. Moves glide, with a reason, in either direction. */
public enum Phase {
    EXPLORING,
    CHANGE,
    MAINTENANCE;

    public String messageKey() {
        return "case-phase." + name();
    }
}
