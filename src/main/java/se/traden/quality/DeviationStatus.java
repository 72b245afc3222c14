package se.traden.quality;

/**
 * Where a deviation stands: raised, analysed (its causes written), actions planned, followed up (closed).
 */
public enum DeviationStatus {
    RAISED,
    ANALYSED,
    ACTIONS_PLANNED,
    FOLLOWED_UP;

    public String messageKey() {
        return "quality.deviation.status." + name();
    }

    public boolean closed() {
        return this == FOLLOWED_UP;
    }
}
