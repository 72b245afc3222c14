package se.traden.people;

/**
 * Input that is not a Swedish personal identity number or co-ordination number, with the precise
 * reason so that the person typing it can be told what to fix. The rejected input is deliberately
 * kept out of the message: it may be a real number, and exception messages end up in logs.
 */
public class InvalidPersonalIdentityNumberException extends RuntimeException {

    /** Why the input was refused; each reason has its own stable error code. */
    public enum Reason {
        /** Wrong length, characters or separator, or a serial number that is never issued. */
        MALFORMED("personal-number.malformed"),
        /** The date part is not a date in the calendar (for example 31 February or a 13th month). */
        INVALID_DATE("personal-number.invalid-date"),
        /** The last digit does not match the Luhn check digit of the other nine. */
        WRONG_CHECK_DIGIT("personal-number.wrong-check-digit"),
        /** The date of birth lies after today. */
        IN_FUTURE("personal-number.in-future");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public InvalidPersonalIdentityNumberException(Reason reason) {
        super("invalid personal identity number: " + reason.code());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The error code, explained by the message key {@code error.<code>}. */
    public String code() {
        return reason.code();
    }
}
