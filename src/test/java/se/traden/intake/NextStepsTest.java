package se.traden.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.traden.intake.NextSteps.Step;
import se.traden.shared.FunctionType;

/** The concern page offers the steps that fit where the concern stands and who works it. */
class NextStepsTest {
    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final FunctionType IC = FunctionType.INDIVIDUAL_COORDINATOR;

    @Test
    void aReceivedConcernIsTriagedFirst() {
        assertThat(NextSteps.of(received(), IC)).containsExactlyInAnyOrder(Step.TRIAGE, Step.IDENTIFY, Step.FEEDBACK);
    }

    @Test
    void aTriagedConcernOffersGatheringAssessmentClosureAndTheDecisionToTheCoordinatorOnly() {
        Concern concern = triaged();
        assertThat(NextSteps.of(concern, IC))
                .contains(Step.START_GATHERING, Step.ASSESSMENT, Step.CLOSE_SIMPLE, Step.DECIDE)
                .doesNotContain(Step.HAND_OVER, Step.CONCLUDE_GATHERING, Step.LINE_RETURN);
        assertThat(NextSteps.of(concern, FunctionType.OUT_OF_HOURS))
                .contains(Step.HAND_OVER, Step.START_GATHERING)
                .doesNotContain(Step.DECIDE);
        assertThat(NextSteps.of(concern, FunctionType.INTAKE_UNIT)).doesNotContain(Step.DECIDE, Step.HAND_OVER);
    }

    @Test
    void aConcludedGatheringIsNotOfferedAgain() {
        Concern concern = triaged();
        concern.startGathering(by(IC));
        assertThat(NextSteps.of(concern, IC)).contains(Step.CONCLUDE_GATHERING).doesNotContain(Step.START_GATHERING);
        concern.concludeGathering(Concern.GatheringOutcome.NEEDS_ASSESSMENT, "Underlag", by(IC));
        assertThat(NextSteps.of(concern, IC)).doesNotContain(Step.CONCLUDE_GATHERING);
    }

    @Test
    void aLineDecisionLeavesOnlyFeedbackAndTheLineComingBack() {
        Concern concern = triaged();
        concern.leaveWithLine("Elevhälsan", null, "Skolan har insatserna", by(IC));
        assertThat(NextSteps.of(concern, IC)).containsExactlyInAnyOrder(Step.FEEDBACK, Step.LINE_RETURN);
    }

    static Concern received() {
        return Concern.raise(
                UUID.randomUUID(),
                "O-2026-00001",
                Concern.ContactRoute.INDIVIDUAL_COORDINATOR,
                new Reporter(null, null, "Sjöskolan", "Elevhälsan", "Sofia", "elevhalsan@sjoskolan.example"),
                new Subject("Elin", null, 2012, "Sjöskolan"),
                "Hög frånvaro",
                Set.of(ProblemArea.SCHOOL_ABSENCE),
                true,
                MandatoryReport.FILED,
                null,
                new Concern.Windows(Duration.ofHours(48), Duration.ofDays(7)),
                by(FunctionType.REPORTER));
    }

    static Concern triaged() {
        Concern concern = received();
        concern.triage(Complexity.MEDIUM, "Behöver underlag", by(IC));
        return concern;
    }

    static Acting by(FunctionType function) {
        return new Acting(UUID.randomUUID(), function, NOW);
    }
}
