package se.traden.intake;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** One row of a coordinator's inbox: enough to choose what to work on next, nothing more. */
public record InboxItem(
        UUID id,
        String reference,
        Instant receivedAt,
        boolean urgent,
        ConcernStatus status,
        String subjectName,
        String reporterOrganisation,
        Set<ProblemArea> problemAreas,
        Deadline gathering,
        Deadline feedback,
        Deadline decision,
        DeadlineState worstState,
        Instant nextDueAt) {}
