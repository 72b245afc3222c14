package se.traden.quality;

/**
 * The step of the process a deviation affected or a risk threatens. Deliberately about the way of
 * working: none of them names or scores a person.
 */
public enum ProcessStep {
    INTAKE,
    DECISION,
    DEADLINE,
    CONSENT,
    PLAN,
    TRANSITION,
    INFORMATION_SHARING,
    COLLABORATION,
    OTHER;

    public String messageKey() {
        return "quality.step." + name();
    }
}
