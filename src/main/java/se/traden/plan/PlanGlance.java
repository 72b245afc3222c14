package se.traden.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.traden.casework.CaseAccess;
import se.traden.casework.CaseGlance;
import se.traden.casework.CollaborationCase;

/**
 * The plan at a glance: which revision is current, how many of its goals are evaluated, and the nearest
 * follow-up of a goal still to come — the date the case is working towards.
 */
@Component
class PlanGlance implements CaseGlance {
    private final Plans plans;
    private final Clock clock;

    PlanGlance(Plans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public Optional<Glance> glance(CaseAccess.CaseRef ref, CollaborationCase c) {
        Optional<PlanRevision> current = plans.current(ref.municipalityId(), ref.caseId());
        if (current.isEmpty()) {
            return Optional.of(
                    new Glance("plan", "cases.section.plan", List.of(Line.of("plan.glance.none")), null, null));
        }
        PlanRevision revision = current.get();
        List<PlanContent.Goal> goals = revision.content().goals();
        long evaluated = goals.stream().filter(PlanContent.Goal::evaluated).count();
        LocalDate today = LocalDate.now(clock);
        LocalDate next = goals.stream()
                .filter(g -> !g.evaluated())
                .flatMap(g -> g.followUps().stream())
                .filter(d -> !d.isBefore(today))
                .min(LocalDate::compareTo)
                .orElse(null);
        List<Line> lines = new java.util.ArrayList<>(List.of(
                Line.of("plan.glance.revision", revision.number()),
                Line.of("plan.glance.goals", goals.size(), (int) evaluated)));
        if (next != null) {
            lines.add(Line.of("plan.glance.follow-up", next));
        }
        return Optional.of(new Glance(
                "plan", "cases.section.plan", lines, next, next == null ? null : "plan.glance.next.follow-up"));
    }
}
