package se.traden.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.traden.intake.Concern.ContactRoute;
import se.traden.intake.ConcernStatus;
import se.traden.intake.DeadlineKind;
import se.traden.intake.DeadlineState;
import se.traden.shared.FunctionType;

/** When a deadline is reminded of, to whom, when a reminder is settled, and the list's order. */
class ReminderRulesTest {
    static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void onlyADeadlineAboutToPassOrPassedCallsForAReminder() {
        assertThat(ReminderRules.callsForReminder(DeadlineState.DUE_SOON)).isTrue();
        assertThat(ReminderRules.callsForReminder(DeadlineState.OVERDUE)).isTrue();
        assertThat(ReminderRules.callsForReminder(DeadlineState.DUE)).isFalse();
        assertThat(ReminderRules.callsForReminder(DeadlineState.MET)).isFalse();
    }

    @Test
    void theDecisionIsAlwaysRemindedToTheCoordinator() {
        assertThat(ReminderRules.addressee(ContactRoute.INTAKE_UNIT, DeadlineKind.DECISION))
                .isEqualTo(FunctionType.INDIVIDUAL_COORDINATOR);
        assertThat(ReminderRules.addressee(ContactRoute.INDIVIDUAL_COORDINATOR, DeadlineKind.DECISION))
                .isEqualTo(FunctionType.INDIVIDUAL_COORDINATOR);
    }

    @Test
    void gatheringAndFeedbackGoToTheFunctionOfTheRoute() {
        assertThat(ReminderRules.addressee(ContactRoute.INTAKE_UNIT, DeadlineKind.GATHERING))
                .isEqualTo(FunctionType.INTAKE_UNIT);
        assertThat(ReminderRules.addressee(ContactRoute.INTAKE_UNIT, DeadlineKind.FEEDBACK))
                .isEqualTo(FunctionType.INTAKE_UNIT);
        assertThat(ReminderRules.addressee(ContactRoute.INDIVIDUAL_COORDINATOR, DeadlineKind.FEEDBACK))
                .isEqualTo(FunctionType.INDIVIDUAL_COORDINATOR);
    }

    @Test
    void aReminderIsSettledWhenItsDeadlineClosesOrTheOverdueOneTakesOver() {
        UUID concern = UUID.randomUUID();
        Reminder dueSoon = reminder(concern, DeadlineKind.GATHERING, DeadlineState.DUE_SOON);
        Reminder overdue = reminder(concern, DeadlineKind.GATHERING, DeadlineState.OVERDUE);
        Reminder feedback = reminder(concern, DeadlineKind.FEEDBACK, DeadlineState.DUE_SOON);
        var open = Set.of(
                new ReminderScan.Key(concern, DeadlineKind.GATHERING, T),
                new ReminderScan.Key(concern, DeadlineKind.FEEDBACK, T));

        assertThat(ReminderScan.toSettle(List.of(dueSoon, overdue, feedback), open))
                .containsExactly(dueSoon.id());
        assertThat(ReminderScan.toSettle(List.of(overdue, feedback), Set.of()))
                .containsExactlyInAnyOrder(overdue.id(), feedback.id());
    }

    @Test
    void theListPutsOverdueFirstThenByDueTime() {
        DeadlineRow soon = row("O-1", DeadlineState.DUE_SOON, T.plusSeconds(60));
        DeadlineRow late = row("O-2", DeadlineState.OVERDUE, T.minusSeconds(60));
        DeadlineRow later = row("O-3", DeadlineState.OVERDUE, T.minusSeconds(30));
        DeadlineRow due = row("O-4", DeadlineState.DUE, T.plusSeconds(30));

        assertThat(List.of(soon, later, due, late).stream()
                        .sorted(DeadlineList.OVERDUE_FIRST_THEN_DUE)
                        .map(DeadlineRow::reference))
                .containsExactly("O-2", "O-3", "O-4", "O-1");
    }

    private static Reminder reminder(UUID concern, DeadlineKind kind, DeadlineState state) {
        return new Reminder(
                UUID.randomUUID(),
                UUID.randomUUID(),
                concern,
                "O-2026-00001",
                kind,
                state,
                T,
                FunctionType.INDIVIDUAL_COORDINATOR,
                T,
                null,
                null);
    }

    private static DeadlineRow row(String reference, DeadlineState state, Instant due) {
        return new DeadlineRow(
                UUID.randomUUID(),
                reference,
                false,
                ConcernStatus.RECEIVED,
                "INDIVIDUAL_COORDINATOR",
                null,
                DeadlineKind.DECISION,
                due,
                state,
                null);
    }
}
