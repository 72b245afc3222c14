package se.traden.intake;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * How many cases each case manager carries now, for the coordinator's decision support. Casework
 * answers (it keeps the cases after activation: reassignments and closures happen there); without it
 * the activated concerns are counted.
 */
public interface CaseLoad {
    Map<UUID, Integer> openCasesPerCaseManager(UUID municipalityId, Collection<UUID> caseManagers);
}
