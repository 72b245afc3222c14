package se.traden.intake;

import java.util.List;
import java.util.UUID;

/**
 * One case manager the coordinator may assign, with the decision support shown beside them: how many
 * concerns are activated with them now, and their competence tags. The coordinator weighs these; the
 * system never ranks or picks.
 */
public record CaseManagerCandidate(UUID staffId, String name, int activatedConcerns, List<String> competenceTags) {

    public CaseManagerCandidate {
        competenceTags = List.copyOf(competenceTags);
    }
}
