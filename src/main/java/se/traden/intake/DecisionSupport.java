package se.traden.intake;

import java.util.List;

/**
 * What the coordinator has before them when deciding: the concern, the identified child's name, and the
 * case managers to choose from.
 */
public record DecisionSupport(ConcernView view, String personName, List<CaseManagerCandidate> candidates) {

    public DecisionSupport {
        candidates = List.copyOf(candidates);
    }

    public Concern concern() {
        return view.concern();
    }
}
