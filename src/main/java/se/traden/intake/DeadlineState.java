package se.traden.intake;

/** How a deadline stands at a moment. */
public enum DeadlineState {
    MET,
    DUE,
    DUE_SOON,
    OVERDUE;

    public String messageKey() {
        return "deadline-state." + name();
    }
}
