package se.traden.casework;

import java.util.UUID;

/**
 * Where casework learns whether a case may close. The plan module answers; without one, nothing is
 * ready and no case closes.
 */
public interface ClosureConditions {
    ClosureReadiness readinessOf(UUID municipalityId, UUID caseId);
}
