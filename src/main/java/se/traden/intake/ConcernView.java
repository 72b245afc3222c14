package se.traden.intake;

import java.time.Instant;
import java.util.List;

/** A concern with its timeline, as seen at a moment (deadline states depend on the moment). */
public record ConcernView(Concern concern, List<ConcernEvent> timeline, Instant now) {

    public DeadlineState gatheringState() {
        return concern.gathering().stateAt(now);
    }

    public DeadlineState feedbackState() {
        return concern.feedback().stateAt(now);
    }

    public DeadlineState decisionState() {
        return concern.decision().stateAt(now);
    }
}
