package se.traden.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.intake.Concern;
import se.traden.intake.ConcernDeadlines;
import se.traden.intake.DeadlineState;
import se.traden.intake.OpenDeadline;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.Actor;
import se.traden.shared.FunctionType;
import se.traden.shared.RecordRef;

/**
 * Every open deadline of the open concerns the acting function may follow, with how it stands now:
 * overdue first, then by the time it is due.
 */
@Service
class DeadlineList {
    static final Comparator<DeadlineRow> OVERDUE_FIRST_THEN_DUE = Comparator.comparing(
                    (DeadlineRow row) -> row.state() != DeadlineState.OVERDUE)
            .thenComparing(DeadlineRow::dueAt)
            .thenComparing(DeadlineRow::reference)
            .thenComparing(DeadlineRow::kind);

    private final ConcernDeadlines deadlines;
    private final AccessGuard guard;
    private final Clock clock;

    DeadlineList(ConcernDeadlines deadlines, AccessGuard guard, Clock clock) {
        this.deadlines = deadlines;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional
    List<DeadlineRow> rows() {
        Actor actor = guard.actor();
        FunctionType actingAs =
                guard.permit(AccessAction.SEARCH, RecordRef.of("deadline-list", null), ReminderRules.DEADLINE_VIEWERS);
        boolean withNames = actingAs != FunctionType.GROUP_MANAGER;
        Instant now = clock.instant();
        return deadlines.openIn(actor.municipalityId()).stream()
                .filter(d -> actingAs != FunctionType.INTAKE_UNIT || d.route() == Concern.ContactRoute.INTAKE_UNIT)
                .map(d -> row(d, now, withNames))
                .sorted(OVERDUE_FIRST_THEN_DUE)
                .toList();
    }

    private static DeadlineRow row(OpenDeadline d, Instant now, boolean withNames) {
        return new DeadlineRow(
                d.concernId(),
                d.reference(),
                d.urgent(),
                d.status(),
                d.route().name(),
                withNames ? d.subjectName() : null,
                d.kind(),
                d.dueAt(),
                d.stateAt(now),
                d.handedOverAt());
    }
}
