package se.traden.reminders;

import java.time.Instant;
import java.util.UUID;
import se.traden.intake.DeadlineKind;
import se.traden.intake.DeadlineState;
import se.traden.shared.FunctionType;

/**
 * A note to a function that a deadline of a concern is about to pass or has passed. It is written
 * once, read by whoever staffs the function, and settled when the deadline is met, the concern is
 * decided, or a later reminder of the same deadline takes its place.
 */
record Reminder(
        UUID id,
        UUID municipalityId,
        UUID concernId,
        String concernReference,
        DeadlineKind kind,
        DeadlineState state,
        Instant dueAt,
        FunctionType addressedTo,
        Instant createdAt,
        Instant readAt,
        Instant settledAt) {

    public boolean read() {
        return readAt != null;
    }
}
