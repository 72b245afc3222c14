package se.traden.casework;

import java.time.Instant;
import java.util.UUID;

/** A case in a list: enough to choose it. The child's name only for those who work it. */
public record CaseSummary(
        UUID id,
        String reference,
        String childName,
        String caseManagerName,
        CaseStatus status,
        Phase phase,
        boolean intensive,
        Instant openedAt) {}
