package se.traden.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.traden.shared.FieldViolation;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.NotPermittedException;
import se.traden.shared.RuleViolationException;

/** The life of a deviation and of a risk, and the rules each step checks, without Spring or a database. */
class DeviationRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 5, 4);
    static final UUID MUNICIPALITY = UUID.randomUUID();
    static final UUID GROUP_MANAGER = UUID.randomUUID();
    static final UUID COORDINATOR = UUID.randomUUID();
    static final UUID CASE_MANAGER = UUID.randomUUID();
    static final UUID OTHER_CASE_MANAGER = UUID.randomUUID();

    static By by(UUID staff, FunctionType function) {
        return new By(staff, function, Instant.parse("2026-05-04T08:00:00Z"), TODAY);
    }

    static Deviation raised() {
        return Deviation.raise(
                MUNICIPALITY,
                () -> "AVV-2026-0001",
                Deviation.Origin.OTHER,
                "Återkopplingen till skolan dröjde tre veckor",
                ProcessStep.DEADLINE,
                by(CASE_MANAGER, FunctionType.CASE_MANAGER));
    }

    static Deviation analysed() {
        Deviation d = raised();
        d.analyse("Ingen bevakning av fristen", by(GROUP_MANAGER, FunctionType.GROUP_MANAGER));
        return d;
    }

    static ImprovementAction.Owner caseManager() {
        return new ImprovementAction.Owner(CASE_MANAGER, FunctionType.CASE_MANAGER);
    }

    static String codeOf(Throwable e) {
        return ((InvalidInputException) e)
                .violations().stream().map(FieldViolation::code).toList().toString();
    }

    @Test
    void aDeviationIsRaisedAnalysedGivenActionsAndFollowedUpInThatOrder() {
        Deviation d = raised();
        assertThat(d.status()).isEqualTo(DeviationStatus.RAISED);
        assertThatThrownBy(() -> d.planAction(
                        "Bevaka fristen", caseManager(), TODAY, by(GROUP_MANAGER, FunctionType.GROUP_MANAGER)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("quality.deviation.analyse-first");
        assertThatThrownBy(() -> d.followUp(true, "Bra", by(GROUP_MANAGER, FunctionType.GROUP_MANAGER)))
                .hasMessage("quality.deviation.no-actions");

        d.analyse("Ingen bevakning av fristen", by(GROUP_MANAGER, FunctionType.GROUP_MANAGER));
        assertThat(d.status()).isEqualTo(DeviationStatus.ANALYSED);
        assertThatThrownBy(() -> d.analyse("igen", by(GROUP_MANAGER, FunctionType.GROUP_MANAGER)))
                .hasMessage("quality.deviation.analysed-already");

        ImprovementAction first = d.planAction(
                "Bevaka fristen i listan",
                caseManager(),
                TODAY.plusWeeks(2),
                by(GROUP_MANAGER, FunctionType.GROUP_MANAGER));
        ImprovementAction second = d.planAction(
                "Ta upp fristen på APT",
                new ImprovementAction.Owner(GROUP_MANAGER, FunctionType.GROUP_MANAGER),
                TODAY,
                by(COORDINATOR, FunctionType.INDIVIDUAL_COORDINATOR));
        assertThat(d.status()).isEqualTo(DeviationStatus.ACTIONS_PLANNED);
        assertThat(d.actions()).extracting(ImprovementAction::position).containsExactly(1, 2);

        d.completeAction(first.id(), "Fristen syns nu i listan", by(CASE_MANAGER, FunctionType.CASE_MANAGER));
        assertThat(d.readyForFollowUp()).isFalse();
        assertThatThrownBy(() -> d.followUp(true, "Bra", by(GROUP_MANAGER, FunctionType.GROUP_MANAGER)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("quality.deviation.actions-open")
                .satisfies(e ->
                        assertThat(((RuleViolationException) e).arguments()).containsExactly(1L));
        assertThatThrownBy(() -> d.completeAction(first.id(), "igen", by(CASE_MANAGER, FunctionType.CASE_MANAGER)))
                .hasMessage("quality.action.done-already");

        d.completeAction(second.id(), "Togs upp 4 maj", by(GROUP_MANAGER, FunctionType.GROUP_MANAGER));
        assertThat(d.readyForFollowUp()).isTrue();
        d.followUp(true, "Inga missade frister sedan dess", by(GROUP_MANAGER, FunctionType.GROUP_MANAGER));
        assertThat(d.status()).isEqualTo(DeviationStatus.FOLLOWED_UP);
        assertThat(d.followUp().effective()).isTrue();

        assertThatThrownBy(
                        () -> d.planAction("mer", caseManager(), TODAY, by(GROUP_MANAGER, FunctionType.GROUP_MANAGER)))
                .hasMessage("quality.deviation.closed");
        assertThat(d.recorded())
                .extracting(Deviation.Event::type)
                .containsExactly(
                        Deviation.EventType.RAISED,
                        Deviation.EventType.ANALYSED,
                        Deviation.EventType.ACTION_PLANNED,
                        Deviation.EventType.ACTION_PLANNED,
                        Deviation.EventType.ACTION_COMPLETED,
                        Deviation.EventType.ACTION_COMPLETED,
                        Deviation.EventType.FOLLOWED_UP);
    }

    @Test
    void anActionIsCompletedByItsOwnerOrTheGroupManagerOnly() {
        Deviation d = analysed();
        ImprovementAction action =
                d.planAction("Ny rutin", caseManager(), TODAY, by(GROUP_MANAGER, FunctionType.GROUP_MANAGER));
        assertThatThrownBy(
                        () -> d.completeAction(action.id(), "klar", by(OTHER_CASE_MANAGER, FunctionType.CASE_MANAGER)))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("quality.action.not-owner");
        assertThatThrownBy(() ->
                        d.completeAction(action.id(), "klar", by(COORDINATOR, FunctionType.INDIVIDUAL_COORDINATOR)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> d.completeAction(action.id(), " ", by(CASE_MANAGER, FunctionType.CASE_MANAGER)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(
                        () -> d.completeAction(UUID.randomUUID(), "klar", by(CASE_MANAGER, FunctionType.CASE_MANAGER)))
                .hasMessage("quality.action.unknown");
        d.completeAction(action.id(), "Rutinen är beslutad", by(GROUP_MANAGER, FunctionType.GROUP_MANAGER));
        assertThat(d.actions().getFirst().doneOn()).isEqualTo(TODAY);
        assertThat(d.actions().getFirst().doneFunction()).isEqualTo(FunctionType.GROUP_MANAGER);
    }

    @Test
    void anActionNeedsAnOwnerOfTheUnitAndADateNotPassed() {
        Deviation d = analysed();
        assertThatThrownBy(() -> d.planAction(
                        "",
                        new ImprovementAction.Owner(UUID.randomUUID(), null),
                        TODAY.minusDays(1),
                        by(GROUP_MANAGER, FunctionType.GROUP_MANAGER)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(codeOf(e))
                        .isEqualTo("[required, quality.action.owner-outside-unit, quality.action.due-in-past]"));
        assertThatThrownBy(() -> d.planAction("x", null, null, by(GROUP_MANAGER, FunctionType.GROUP_MANAGER)))
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("ownerId", "dueOn"));
        assertThat(d.actions()).isEmpty();
        assertThat(d.status()).isEqualTo(DeviationStatus.ANALYSED);
    }

    @Test
    void aTextWithAPersonalIdentityNumberIsRefusedAndNoReferenceIsTaken() {
        var taken = new java.util.concurrent.atomic.AtomicInteger();
        assertThatThrownBy(() -> Deviation.raise(
                        MUNICIPALITY,
                        () -> "AVV-2026-000" + taken.incrementAndGet(),
                        Deviation.Origin.OTHER,
                        "Barnet 100101-1236 fick inget besked",
                        null,
                        by(CASE_MANAGER, FunctionType.CASE_MANAGER)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .containsExactly(
                                FieldViolation.of("whatHappened", "quality.identity-number"),
                                FieldViolation.of("affected", "required")));
        assertThat(taken).hasValue(0);
        Deviation d = raised();
        assertThatThrownBy(() -> d.analyse("Gäller 201001011236", by(GROUP_MANAGER, FunctionType.GROUP_MANAGER)))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("[quality.identity-number]"));
    }

    @Test
    void aFollowUpSaysWhetherTheActionsHadEffect() {
        Deviation d = analysed();
        ImprovementAction a =
                d.planAction("Rutin", caseManager(), TODAY, by(GROUP_MANAGER, FunctionType.GROUP_MANAGER));
        d.completeAction(a.id(), "Klar", by(CASE_MANAGER, FunctionType.CASE_MANAGER));
        assertThatThrownBy(() -> d.followUp(null, "", by(GROUP_MANAGER, FunctionType.GROUP_MANAGER)))
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("effective", "text"));
        d.followUp(
                false,
                "Fristerna missas fortfarande; ny avvikelse anmäld",
                by(COORDINATOR, FunctionType.INDIVIDUAL_COORDINATOR));
        assertThat(d.followUp().effective()).isFalse();
        assertThat(d.status().closed()).isTrue();
    }

    @Test
    void aRiskIsJudgedOnTwoFourStepScalesAndNeverLeftWithoutAReviewDate() {
        var risk = OperationalRisk.identify(
                MUNICIPALITY,
                new OperationalRisk.Assessment(
                        "Ärenden faller mellan enheter",
                        "Vid flytt inom kommunen tappas ärendet",
                        ProcessStep.TRANSITION,
                        3,
                        4,
                        null,
                        FunctionType.GROUP_MANAGER,
                        TODAY.plusMonths(3),
                        null),
                by(GROUP_MANAGER, FunctionType.GROUP_MANAGER));
        assertThat(risk.status()).isEqualTo(RiskStatus.OPEN);
        assertThat(risk.value()).isEqualTo(12);
        assertThat(risk.band()).isEqualTo(RiskBand.HIGH);

        assertThatThrownBy(() -> risk.reassess(
                        new OperationalRisk.Assessment(
                                "x",
                                "y",
                                ProcessStep.TRANSITION,
                                0,
                                5,
                                null,
                                FunctionType.REPORTER,
                                TODAY.minusDays(1),
                                RiskStatus.OPEN),
                        by(GROUP_MANAGER, FunctionType.GROUP_MANAGER)))
                .satisfies(e -> assertThat(codeOf(e))
                        .isEqualTo("[quality.level-out-of-range, quality.level-out-of-range,"
                                + " quality.risk.owner-not-allowed, quality.risk.review-in-past]"));
        risk.reassess(
                new OperationalRisk.Assessment(
                        "Ärenden faller mellan enheter",
                        "Vid flytt inom kommunen tappas ärendet",
                        ProcessStep.TRANSITION,
                        1,
                        4,
                        "Överlämning i samverkansgruppen",
                        FunctionType.INDIVIDUAL_COORDINATOR,
                        TODAY.minusDays(1),
                        RiskStatus.CLOSED),
                by(COORDINATOR, FunctionType.INDIVIDUAL_COORDINATOR));
        assertThat(risk.band()).isEqualTo(RiskBand.MEDIUM);
        assertThat(risk.reviewOverdueOn(TODAY)).isFalse();
    }

    @Test
    void theBandsOfTheRiskValue() {
        assertThat(RiskBand.of(3)).isEqualTo(RiskBand.LOW);
        assertThat(RiskBand.of(4)).isEqualTo(RiskBand.MEDIUM);
        assertThat(RiskBand.of(8)).isEqualTo(RiskBand.MEDIUM);
        assertThat(RiskBand.of(9)).isEqualTo(RiskBand.HIGH);
        assertThat(RiskMatrix.of(java.util.List.of()).rows().getFirst().likelihood())
                .isEqualTo(4);
    }
}
