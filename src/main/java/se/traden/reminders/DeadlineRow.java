package se.traden.reminders;

import java.time.Instant;
import java.util.UUID;
import se.traden.intake.ConcernStatus;
import se.traden.intake.DeadlineKind;
import se.traden.intake.DeadlineState;

/**
 * One open deadline as a list shows it. {@code subjectName} is empty for a viewer who follows the
 * unit's load and has no part in the concern itself.
 */
record DeadlineRow(
        UUID concernId,
        String reference,
        boolean urgent,
        ConcernStatus status,
        String route,
        String subjectName,
        DeadlineKind kind,
        Instant dueAt,
        DeadlineState state,
        Instant handedOverAt) {

    public boolean handedOver() {
        return handedOverAt != null;
    }
}
