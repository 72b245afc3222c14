package se.traden.plan;

/** The areas of a young person's life a goal of the plan belongs to. */
public enum LifeArea {
    SCHOOL_OR_OCCUPATION,
    HEALTH,
    LEISURE,
    FAMILY,
    FRIENDS,
    CRIME,
    ECONOMY,
    HOUSING,
    OTHER;

    public String messageKey() {
        return "plan.life-area." + name();
    }
}
