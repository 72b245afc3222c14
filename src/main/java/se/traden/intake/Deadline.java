package se.traden.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A point in time something is due, and when it was met. It is due soon when less than a quarter of
 * its window (at most 12 hours) remains.
 */
public record Deadline(Instant startedAt, Instant dueAt, Instant metAt) {
    static final Duration MAX_SOON = Duration.ofHours(12);

    public Deadline {
        Objects.requireNonNull(startedAt, "start");
        Objects.requireNonNull(dueAt, "due");
        if (dueAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("a deadline cannot fall before it starts");
        }
    }

    public static Deadline of(Instant start, Duration window) {
        return new Deadline(start, start.plus(window), null);
    }

    public Deadline met(Instant at) {
        return metAt != null ? this : new Deadline(startedAt, dueAt, at);
    }

    public DeadlineState stateAt(Instant now) {
        if (metAt != null) {
            return DeadlineState.MET;
        }
        if (now.isAfter(dueAt)) {
            return DeadlineState.OVERDUE;
        }
        Duration window = Duration.between(startedAt, dueAt);
        Duration soon = window.dividedBy(4).compareTo(MAX_SOON) < 0 ? window.dividedBy(4) : MAX_SOON;
        return Duration.between(now, dueAt).compareTo(soon) <= 0 ? DeadlineState.DUE_SOON : DeadlineState.DUE;
    }

    /** Whether it was met in time: for deadline keeping. */
    public boolean keptInTime() {
        return metAt != null && !metAt.isAfter(dueAt);
    }
}
