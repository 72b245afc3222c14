package se.traden.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One case manager the coordinator may assign, with the decision support shown beside them: how many
 * collaborations they carry now, their competence tags, whether they know this child, the child's
 * family (siblings, guardians) or the child's school from an earlier or ongoing assignment, and when
 * they were last assigned. The coordinator weighs these; the system never ranks or picks.
 */
public record CaseManagerCandidate(
        UUID staffId,
        String name,
        int openCases,
        List<String> competenceTags,
        Relationship child,
        Relationship family,
        Relationship school,
        Instant lastAssignedAt) {

    public CaseManagerCandidate {
        competenceTags = List.copyOf(competenceTags);
    }

    /** Whether any relationship is there to show. */
    public boolean knowsAnything() {
        return child.known() || family.known() || school.known();
    }
}
