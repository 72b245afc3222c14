package se.traden.quality;

/**
 * How serious a risk value (likelihood × consequence, 1–16) is: low up to 3, medium up to 8, high from 9.
 * Shown as a word beside the number, never as a colour alone.
 */
public enum RiskBand {
    LOW,
    MEDIUM,
    HIGH;

    public static RiskBand of(int value) {
        if (value <= 3) {
            return LOW;
        }
        return value <= 8 ? MEDIUM : HIGH;
    }

    public String messageKey() {
        return "quality.risk.band." + name();
    }

    /** The style class of the band's label (the word is always there too). */
    public String styleClass() {
        return switch (this) {
            case LOW -> "ok";
            case MEDIUM -> "warn";
            case HIGH -> "bad";
        };
    }
}
