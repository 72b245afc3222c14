package se.traden.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import se.traden.shared.FieldViolation;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;

/**
 * What a reviewer asks of the access log: any combination of person, user (username or staff member),
 * record, period (whole days in the municipality's time zone), outcome and acting function. Answered
 * one page at a time, newest first, continuing {@code after} the last entry of the previous page.
 */
record AccessLogQuery(
        UUID personId,
        String username,
        UUID staffId,
        String recordType,
        String recordId,
        LocalDate from,
        LocalDate to,
        Outcome outcome,
        FunctionType actingFunction,
        AccessLogCursor after,
        int limit) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    static final int MAX_TEXT = 200;

    /** Which entries by their outcome. */
    enum Outcome {
        ALL,
        ALLOWED,
        DENIED,
        /** Allowed, and marked for review: a read under emergency access, or of a protected identity. */
        FLAGGED
    }

    AccessLogQuery {
        username = blankToNull(username);
        recordType = blankToNull(recordType);
        recordId = blankToNull(recordId);
        outcome = outcome == null ? Outcome.ALL : outcome;
        List<FieldViolation> violations = new ArrayList<>();
        tooLong(violations, "username", username);
        tooLong(violations, "recordType", recordType);
        tooLong(violations, "recordId", recordId);
        if (recordId != null && recordType == null) {
            violations.add(FieldViolation.of("recordType", "audit.record-id-without-type"));
        }
        if (from != null && to != null && from.isAfter(to)) {
            violations.add(FieldViolation.of("to", "audit.period-reversed"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            violations.add(FieldViolation.of("limit", "audit.limit-out-of-range", 1, MAX_LIMIT));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** The denied attempts of a period: the review of refusals. */
    static AccessLogQuery deniedBetween(LocalDate from, LocalDate to, AccessLogCursor after, int limit) {
        return new AccessLogQuery(null, null, null, null, null, from, to, Outcome.DENIED, null, after, limit);
    }

    /**
     * The criteria in short, as written to the access log when the search itself is logged. The person
     * searched for is not in it: the log entry names the person in its own column.
     */
    String describe() {
        var text = new StringBuilder();
        append(text, "username", () -> username);
        append(text, "staff", () -> staffId);
        append(text, "record", () -> recordType == null ? null : recordType + (recordId == null ? "" : "/" + recordId));
        append(text, "from", () -> from);
        append(text, "to", () -> to);
        append(text, "outcome", () -> outcome == Outcome.ALL ? null : outcome);
        append(text, "function", () -> actingFunction);
        append(text, "after", () -> after == null ? null : after.encode());
        return text.isEmpty() ? "all" : text.toString();
    }

    private static void append(StringBuilder text, String name, Supplier<Object> value) {
        Object v = value.get();
        if (v != null) {
            text.append(text.isEmpty() ? "" : ";").append(name).append('=').append(v);
        }
    }

    private static void tooLong(List<FieldViolation> violations, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            violations.add(FieldViolation.of(field, "too-long", MAX_TEXT));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
