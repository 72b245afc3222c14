package se.traden.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import se.traden.shared.InvalidInputException;

/**
 * Where the next page of a newest-first review starts: just after the last entry shown, by its time and
 * id. Written in links as {@code <epoch microseconds>.<id>}.
 */
record AccessLogCursor(Instant occurredAt, long id) {

    AccessLogCursor {
        Objects.requireNonNull(occurredAt, "occurred at");
    }

    static AccessLogCursor after(AccessLogLine line) {
        return new AccessLogCursor(line.occurredAt(), line.id());
    }

    static AccessLogCursor parse(String field, String text) {
        int dot = text.indexOf('.');
        try {
            long micros = Long.parseLong(text.substring(0, dot));
            long id = Long.parseLong(text.substring(dot + 1));
            return new AccessLogCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id);
        } catch (RuntimeException e) {
            throw InvalidInputException.of(field, "malformed");
        }
    }

    String encode() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt) + "." + id;
    }
}
