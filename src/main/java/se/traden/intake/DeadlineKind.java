package se.traden.intake;

/** The three clocks a concern starts when it is raised. */
public enum DeadlineKind {
    /** Early information gathering, within the municipality's gathering window. */
    GATHERING,
    /** Feedback to whoever raised the concern, within the same window. */
    FEEDBACK,
    /** The coordinator's decision: activate structured collaboration or leave it with the line. */
    DECISION;

    public String messageKey() {
        return "deadline-kind." + name();
    }
}
