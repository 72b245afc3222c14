package se.traden.quality;

/** Where a deviation came from: the after action review of a case, or anything else the unit noticed. */
public enum DeviationSource {
    AFTER_ACTION_REVIEW,
    OTHER;

    public String messageKey() {
        return "quality.source." + name();
    }
}
