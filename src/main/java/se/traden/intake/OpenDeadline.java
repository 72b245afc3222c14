package se.traden.intake;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A deadline of an open concern that has not been met yet, with what a list of deadlines needs to
 * know about its concern. The subject's name is present only when the query was asked for it.
 */
public record OpenDeadline(
        UUID municipalityId,
        UUID concernId,
        String reference,
        Concern.ContactRoute route,
        boolean urgent,
        ConcernStatus status,
        String subjectName,
        DeadlineKind kind,
        Deadline deadline,
        Instant handedOverAt) {

    public OpenDeadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.metAt() != null) {
            throw new IllegalArgumentException("a met deadline is not open");
        }
    }

    public DeadlineState stateAt(Instant now) {
        return deadline.stateAt(now);
    }

    public Instant dueAt() {
        return deadline.dueAt();
    }

    /** Whether the out-of-hours service has handed the concern over to the coordinator. */
    public boolean handedOver() {
        return handedOverAt != null;
    }
}
