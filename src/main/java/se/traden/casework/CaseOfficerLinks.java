package se.traden.casework;

import java.util.UUID;

/**
 * Whether a case officer runs an investigation linked to a case: the parallel-process module answers.
 * A case officer sees what concerns their investigation and nothing more.
 */
public interface CaseOfficerLinks {
    boolean isCaseOfficerOf(UUID municipalityId, UUID caseId, UUID staffId);
}
