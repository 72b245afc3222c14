package se.traden.intake;

/** What a concern is about. A concern may name several. */
public enum ProblemArea {
    CRIME,
    SCHOOL_ABSENCE,
    MENTAL_ILL_HEALTH,
    SUBSTANCE_USE,
    OTHER_NORM_BREAKING,
    OTHER;

    public String messageKey() {
        return "problem-area." + name();
    }
}
