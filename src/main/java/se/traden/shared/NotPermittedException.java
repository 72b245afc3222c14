package se.traden.shared;

/**
 * A rule of the domain says this person, in this function, may not do this (for example: only the
 * individual coordinator decides on activation). Answered as 403 and logged as a denial where it is
 * answered (shared.web), once.
 */
public class NotPermittedException extends RuntimeException {
    private final String code;
    private final RecordRef record;

    public NotPermittedException(String code) {
        this(code, null);
    }

    private NotPermittedException(String code, RecordRef record) {
        super(code);
        this.code = code;
        this.record = record;
    }

    /** The same refusal, naming the record it was about, so that the access log can say which. */
    public NotPermittedException about(RecordRef record) {
        return new NotPermittedException(code, record);
    }

    public String code() {
        return code;
    }

    /** The record the refusal was about, when the refusing code knew it. */
    public RecordRef record() {
        return record;
    }
}
