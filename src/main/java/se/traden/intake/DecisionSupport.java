package se.traden.intake;

import java.util.List;

/** What the coordinator has before them when deciding: the concern, and the case managers to choose from. */
public record DecisionSupport(ConcernView view, List<CaseManagerCandidate> candidates) {

    public DecisionSupport {
        candidates = List.copyOf(candidates);
    }

    public Concern concern() {
        return view.concern();
    }
}
