package se.traden.consultation;

/** The kind of organisation a consultation's question came from. */
public enum AskerKind {
    SCHOOL,
    INDEPENDENT_SCHOOL,
    PRESCHOOL,
    POLICE,
    LEISURE,
    HEALTH_CARE,
    SOCIAL_SERVICES,
    CIVIL_SOCIETY,
    OTHER;

    public String messageKey() {
        return "consultation.asker-kind." + name();
    }
}
