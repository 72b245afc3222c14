package se.traden.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * What the reporter gets back at once: the reference to quote, where the concern went, and by when
 * they will hear back. Nothing the coordinator has added.
 */
public record ConcernReceipt(
        UUID id,
        String reference,
        Instant receivedAt,
        String subjectName,
        boolean urgent,
        Concern.ContactRoute route,
        Instant feedbackDueAt) {}
