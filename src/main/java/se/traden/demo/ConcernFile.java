package se.traden.demo;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import se.traden.intake.Complexity;
import se.traden.intake.ProblemArea;
import se.traden.organisation.ReportingOrganisationKind;

/**
 * What the generator keeps of one concern while it is worked: the concern as last seen, the outcome its
 * story heads for, and the inquiries still unanswered.
 */
final class ConcernFile {
    /** Where a concern's story heads: the coordinator's decision, or back into the child's earlier case. */
    enum Outcome {
        ACTIVATE,
        LINE,
        SIMPLE,
        REENGAGE
    }

    final Child child;
    final Staffer reporter;
    final ReportingOrganisationKind source;
    final Set<ProblemArea> areas;
    final boolean urgent;
    Outcome outcome;
    Complexity complexity;
    UUID id;
    long version;
    boolean stale;
    int unanswered;
    boolean concluded;

    ConcernFile(
            Child child,
            Staffer reporter,
            ReportingOrganisationKind source,
            Set<ProblemArea> areas,
            boolean urgent,
            Outcome outcome,
            Complexity complexity) {
        this.child = child;
        this.reporter = reporter;
        this.source = source;
        this.areas = EnumSet.copyOf(areas);
        this.urgent = urgent;
        this.outcome = outcome;
        this.complexity = complexity;
    }
}
