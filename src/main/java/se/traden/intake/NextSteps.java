package se.traden.intake;

import java.util.EnumSet;
import java.util.Set;
import se.traden.shared.FunctionType;

/**
 * Which next steps a concern offers to the function working it, given where it stands. The page shows
 * only these; the concern and the service still check every rule when a step is taken.
 */
final class NextSteps {
    private NextSteps() {}

    enum Step {
        TRIAGE,
        IDENTIFY,
        START_GATHERING,
        CONCLUDE_GATHERING,
        FEEDBACK,
        ASSESSMENT,
        HAND_OVER,
        CLOSE_SIMPLE,
        DECIDE,
        LINE_RETURN
    }

    static Set<Step> of(Concern concern, FunctionType actingAs) {
        Set<Step> steps = EnumSet.of(Step.FEEDBACK);
        ConcernStatus status = concern.status();
        if (status == ConcernStatus.LINE) {
            steps.add(Step.LINE_RETURN);
        }
        if (!status.isOpen()) {
            return steps;
        }
        steps.add(Step.TRIAGE);
        steps.add(Step.IDENTIFY);
        if (actingAs == FunctionType.OUT_OF_HOURS) {
            steps.add(Step.HAND_OVER);
        }
        if (status == ConcernStatus.RECEIVED) {
            return steps;
        }
        if (status == ConcernStatus.TRIAGED) {
            steps.add(Step.START_GATHERING);
        }
        if (status == ConcernStatus.GATHERING && concern.gathering().metAt() == null) {
            steps.add(Step.CONCLUDE_GATHERING);
        }
        steps.add(Step.ASSESSMENT);
        steps.add(Step.CLOSE_SIMPLE);
        if (ActivationDecisionPolicy.mayDecide(actingAs)) {
            steps.add(Step.DECIDE);
        }
        return steps;
    }
}
