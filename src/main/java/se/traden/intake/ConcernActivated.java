package se.traden.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * The individual coordinator activated structured individual collaboration on a concern: a case
 * opens for the child with the assigned case manager. Published in the deciding transaction.
 */
public record ConcernActivated(
        UUID municipalityId,
        UUID concernId,
        UUID personId,
        UUID caseManagerStaffId,
        UUID decidedByStaffId,
        String reason,
        Instant at) {}
