package se.traden.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case in a list: enough to choose it. The child's name and the 18th-birthday flag only for those who
 * work it; {@code needsCaseManager} when a re-engaged case waits for the coordinator to assign one.
 */
public record CaseSummary(
        UUID id,
        String reference,
        String childName,
        UUID caseManagerId,
        String caseManagerName,
        CaseStatus status,
        Phase phase,
        boolean intensive,
        Instant openedAt,
        boolean needsCaseManager,
        LocalDate turns18On) {}
