package se.traden.followup;

/**
 * The name of a row or column: a message key (a problem area, a phase) or a text that is already in
 * words (an organisation's name, a week).
 */
public record Label(String key, String text) {
    public static Label key(String key) {
        return new Label(key, null);
    }

    public static Label text(String text) {
        return new Label(null, text);
    }
}
