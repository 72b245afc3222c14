package se.traden.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A note that a follow-up of a maintaining contact is due or overdue. It belongs to the case, so it
 * reaches whoever holds the case that day; it is settled when the follow-up is done, when the
 * maintaining contact ends, or when the overdue reminder takes the place of the due one.
 */
record FollowUpReminder(
        UUID id,
        UUID municipalityId,
        UUID followUpId,
        UUID caseId,
        String caseReference,
        LocalDate dueOn,
        String what,
        FollowUpState state,
        Instant createdAt,
        Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
