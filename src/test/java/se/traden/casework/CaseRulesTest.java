package se.traden.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.traden.shared.FieldViolation;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;

/** The rules of a case's later life, without Spring: coming of age, follow-ups, transitions, re-engagement. */
class CaseRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final CollaborationCase.By CM = new CollaborationCase.By(
            UUID.randomUUID(), FunctionType.CASE_MANAGER, Instant.parse("2026-11-22T09:00:00Z"));

    @Test
    void theEighteenthBirthdayIsFlaggedWithinTheHorizonOnly() {
        Period sixMonths = Period.ofMonths(6);
        assertThat(ComingOfAge.flag(TODAY.minusYears(18).plusMonths(2), TODAY, sixMonths))
                .contains(TODAY.plusMonths(2));
        assertThat(ComingOfAge.flag(TODAY.minusYears(18), TODAY, sixMonths)).contains(TODAY);
        assertThat(ComingOfAge.flag(TODAY.minusYears(18).plusMonths(6), TODAY, sixMonths))
                .contains(TODAY.plusMonths(6));
        assertThat(ComingOfAge.flag(TODAY.minusYears(18).plusMonths(7), TODAY, sixMonths))
                .isEmpty();
        assertThat(ComingOfAge.flag(TODAY.minusYears(18).minusDays(1), TODAY, sixMonths))
                .isEmpty();
        assertThat(ComingOfAge.flag(null, TODAY, sixMonths)).isEmpty();
    }

    @Test
    void aFollowUpIsDueFromTheDaysBeforeItAndOverdueAfterIt() {
        FollowUp f = FollowUp.schedule(maintainedUntil(TODAY.plusMonths(3)), TODAY.plusDays(10), "Samtal", TODAY, CM);
        assertThat(f.stateOn(TODAY, 3, CaseStatus.MAINTENANCE)).isEqualTo(FollowUpState.UPCOMING);
        assertThat(f.stateOn(TODAY.plusDays(7), 3, CaseStatus.MAINTENANCE)).isEqualTo(FollowUpState.DUE);
        assertThat(f.stateOn(TODAY.plusDays(10), 3, CaseStatus.MAINTENANCE)).isEqualTo(FollowUpState.DUE);
        assertThat(f.stateOn(TODAY.plusDays(11), 3, CaseStatus.MAINTENANCE)).isEqualTo(FollowUpState.OVERDUE);
        assertThat(f.stateOn(TODAY.plusDays(11), 3, CaseStatus.ACTIVE)).isEqualTo(FollowUpState.LAPSED);
        f.recordDone("Bra", CM);
        assertThat(f.stateOn(TODAY.plusDays(11), 3, CaseStatus.MAINTENANCE)).isEqualTo(FollowUpState.DONE);
        assertThatThrownBy(() -> f.recordDone("Igen", CM)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aFollowUpFallsWithinTheMaintainingContact() {
        CollaborationCase c = maintainedUntil(TODAY.plusMonths(1));
        assertThat(fields(() -> FollowUp.schedule(c, TODAY.plusMonths(1).plusDays(1), "Samtal", TODAY, CM)))
                .containsExactly("dueOn case.follow-up-after-maintenance");
        assertThat(fields(() -> FollowUp.schedule(c, TODAY.minusDays(1), " ", TODAY, CM)))
                .containsExactly("dueOn case.follow-up-date-in-past", "what case.follow-up-what-required");
        assertThatThrownBy(() -> FollowUp.schedule(active(), TODAY.plusDays(1), "Samtal", TODAY, CM))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("case.follow-up-needs-maintenance");
    }

    @Test
    void aTransitionHasOneOwnerAndAHomeComingItsPlan() {
        CollaborationCase c = active();
        assertThat(fields(() -> Transition.record(c, TransitionKind.HOME_COMING, TODAY, null, "HVB", null, null, CM)))
                .containsExactly("homeComingPlan case.home-coming-plan-required");
        assertThat(fields(() -> Transition.record(c, null, null, null, null, null, null, CM)))
                .containsExactly(
                        "kind case.transition-kind-required",
                        "occursOn case.transition-date-required",
                        "ownerStaffId case.transition-owner-required");
        assertThat(fields(() -> Transition.record(
                        c, TransitionKind.PLACEMENT, TODAY, UUID.randomUUID(), "HVB", null, null, CM)))
                .containsExactly("ownerOrganisation case.transition-owner-one");
        Transition t = Transition.record(c, TransitionKind.TURNING_18, TODAY, null, " Vuxenenheten ", " ", null, CM);
        assertThat(t.ownerOrganisation()).isEqualTo("Vuxenenheten");
        assertThat(t.note()).isNull();
        assertThat(t.recordedAs()).isEqualTo(FunctionType.CASE_MANAGER);
    }

    @Test
    void aReengagedCaseWhoseManagerLeftWaitsForTheCoordinatorAndReassignmentEndsTheWait() {
        CollaborationCase c = maintainedUntil(TODAY.plusMonths(1));
        c.reengage(UUID.randomUUID(), "Ny oro", false, CM);
        assertThat(c.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(c.intensive()).isTrue();
        assertThat(c.needsCaseManager()).isTrue();
        assertThat(c.maintenanceUntil()).isNull();
        var ic = new CollaborationCase.By(UUID.randomUUID(), FunctionType.INDIVIDUAL_COORDINATOR, CM.at());
        c.reassign(UUID.randomUUID(), "Ny case manager", ic);
        assertThat(c.needsCaseManager()).isFalse();
        assertThatThrownBy(() -> c.reengage(null, "Igen", true, CM)).isInstanceOf(RuleViolationException.class);
    }

    static CollaborationCase active() {
        return new CollaborationCase(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Ä-2026-00001",
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                CM.at(),
                CaseStatus.ACTIVE,
                Phase.CHANGE,
                true,
                null,
                null,
                false,
                false,
                0);
    }

    static CollaborationCase maintainedUntil(LocalDate until) {
        return new CollaborationCase(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Ä-2026-00002",
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                CM.at(),
                CaseStatus.MAINTENANCE,
                Phase.MAINTENANCE,
                false,
                until,
                null,
                false,
                false,
                3);
    }

    static java.util.List<String> fields(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e.violations().stream()
                    .map((FieldViolation v) -> v.field() + " " + v.code())
                    .toList();
        }
        throw new AssertionError("no violation");
    }
}
