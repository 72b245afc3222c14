package se.traden.shared;

/**
 * A rule of the domain says this person, in this function, may not do this (for example: only the
 * individual coordinator decides on activation). Answered as 403 and logged as a denial.
 */
public class NotPermittedException extends RuntimeException {
    private final String code;

    public NotPermittedException(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
