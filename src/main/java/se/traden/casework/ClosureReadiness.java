package se.traden.casework;

/**
 * What closing a case requires: the plan's goals evaluated and a plan for handling difficulties
 * before they become acute. Given by whoever keeps the plan.
 */
public record ClosureReadiness(boolean goalsEvaluated, boolean difficultiesPlanExists) {

    public boolean ready() {
        return goalsEvaluated && difficultiesPlanExists;
    }
}
