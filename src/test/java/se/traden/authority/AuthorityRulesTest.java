package se.traden.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.traden.shared.FunctionType;
import se.traden.shared.NotPermittedException;
import se.traden.shared.RuleViolationException;

/** The rules of the parallel investigation and of escalation, as plain unit tests. */
class AuthorityRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 5, 4);
    static final By CM = new By(UUID.randomUUID(), FunctionType.CASE_MANAGER, Instant.parse("2026-05-04T08:00:00Z"));
    static final By IC = new By(UUID.randomUUID(), FunctionType.INDIVIDUAL_COORDINATOR, CM.at());
    static final By GM = new By(UUID.randomUUID(), FunctionType.GROUP_MANAGER, CM.at());

    @Test
    void anInvestigationMovesForwardOnlyAndNothingFollowsClosing() {
        assertThat(InvestigationStatus.OPENED.mayMoveTo(InvestigationStatus.ONGOING))
                .isTrue();
        assertThat(InvestigationStatus.OPENED.mayMoveTo(InvestigationStatus.CLOSED_WITHOUT_INTERVENTION))
                .isTrue();
        assertThat(InvestigationStatus.DECIDED.mayMoveTo(InvestigationStatus.ONGOING))
                .isFalse();
        assertThat(InvestigationStatus.CLOSED_WITHOUT_INTERVENTION.mayMoveTo(
                        InvestigationStatus.CLOSED_WITH_INTERVENTION))
                .isFalse();
    }

    @Test
    void decidedAndClosedWithAnInterventionMeanAnInterventionBesidesTheCaseManager() {
        assertThat(InvestigationStatus.DECIDED.withIntervention()).isTrue();
        assertThat(InvestigationStatus.CLOSED_WITH_INTERVENTION.withIntervention())
                .isTrue();
        assertThat(InvestigationStatus.CLOSED_WITHOUT_INTERVENTION.withIntervention())
                .isFalse();
        assertThat(InvestigationStatus.ONGOING.withIntervention()).isFalse();
    }

    @Test
    void aStatusChangeCannotPredateTheCurrentStatus() {
        var i = Investigation.link(
                UUID.randomUUID(),
                UUID.randomUUID(),
                new Investigation.Link(null, UUID.randomUUID(), TODAY.minusDays(10), null, null),
                TODAY,
                CM);
        assertThatThrownBy(() -> i.moveTo(InvestigationStatus.ONGOING, TODAY.minusDays(11), null, TODAY, CM))
                .isInstanceOf(se.traden.shared.InvalidInputException.class);
        i.moveTo(InvestigationStatus.CLOSED_WITHOUT_INTERVENTION, TODAY, null, TODAY, CM);
        assertThat(i.closedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> i.moveTo(InvestigationStatus.ONGOING, TODAY, null, TODAY, CM))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theCoordinatorAloneLiftsToTheGroupManagerWhoAnswersThere() {
        assertThat(EscalationPolicy.mayRaiseTo(EscalationLevel.INDIVIDUAL_COORDINATOR, FunctionType.CASE_MANAGER)
                        .allowed())
                .isTrue();
        assertThat(EscalationPolicy.mayRaiseTo(EscalationLevel.GROUP_MANAGER, FunctionType.CASE_MANAGER)
                        .reason())
                .isEqualTo("escalation.may-not-raise-to-group-manager");
        assertThat(EscalationPolicy.mayAnswerAt(EscalationLevel.GROUP_MANAGER, FunctionType.GROUP_MANAGER)
                        .allowed())
                .isTrue();
        assertThat(EscalationPolicy.mayAnswerAt(EscalationLevel.COUNTERPART, FunctionType.GROUP_MANAGER)
                        .allowed())
                .isFalse();
    }

    @Test
    void anEscalationClimbsStepByStepAndConcludesAtTheTop() {
        var e = Escalation.open(UUID.randomUUID(), UUID.randomUUID(), "Skolan", "Schemat", CM);
        assertThatThrownBy(() -> e.lift("x", CM)).isInstanceOf(RuleViolationException.class);
        e.answer("Nej", false, CM);
        assertThat(e.lift("Till IK", CM)).isEqualTo(EscalationLevel.INDIVIDUAL_COORDINATOR);
        assertThatThrownBy(() -> e.answer("x", true, CM)).isInstanceOf(NotPermittedException.class);
        e.answer("Nej", false, IC);
        assertThatThrownBy(() -> e.lift("x", CM)).isInstanceOf(NotPermittedException.class);
        assertThat(e.lift("Till GC", IC)).isEqualTo(EscalationLevel.GROUP_MANAGER);
        e.answer("Nej", false, GM);
        assertThat(e.lift("Högre", GM)).isEqualTo(EscalationLevel.HIGHER_MANAGEMENT);
        e.answer("Nej", false, GM);
        assertThat(e.status()).isEqualTo(Escalation.EscalationStatus.CONCLUDED);
        assertThat(e.steps()).hasSize(4);
    }
}
