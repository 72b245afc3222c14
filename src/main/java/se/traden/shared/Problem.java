package se.traden.shared;

/**
 * A stable error code with the message key it is explained by. Codes appear in problem details
 * ({@code type} is {@code urn:traden:problem:<code>}) and never change meaning once published.
 */
public interface Problem {
    String code();

    default String messageKey() {
        return "error." + code();
    }
}
