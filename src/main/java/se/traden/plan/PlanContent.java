package se.traden.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The whole plan as it stands after one revision: its goals, the child's own view, each guardian's
 * view, and the plan for handling difficulties before they become acute.
 *
 * <p>The views are held for the plan as a whole, not per goal: the family is asked what they think of
 * the plan they made together, and a view that concerns one goal is said in words.
 */
public record PlanContent(
        List<Goal> goals, String childView, List<GuardianView> guardianViews, String difficultiesPlan) {

    public static final PlanContent EMPTY = new PlanContent(List.of(), null, List.of(), null);

    public PlanContent {
        goals = goals == null ? List.of() : List.copyOf(goals);
        guardianViews = guardianViews == null ? List.of() : List.copyOf(guardianViews);
        childView = blankToNull(childView);
        difficultiesPlan = blankToNull(difficultiesPlan);
    }

    /** One goal in one life area, with what is done to reach it, when it is followed up and how it went. */
    public record Goal(
            UUID id,
            LifeArea lifeArea,
            String aim,
            List<Action> actions,
            List<LocalDate> followUps,
            Evaluation evaluation) {
        public Goal {
            Objects.requireNonNull(id, "goal id");
            actions = actions == null ? List.of() : List.copyOf(actions);
            followUps = followUps == null
                    ? List.of()
                    : followUps.stream().sorted().distinct().toList();
            evaluation = evaluation == null ? Evaluation.NONE : evaluation;
        }

        public boolean evaluated() {
            return evaluation.evaluated();
        }
    }

    /**
     * What is done, by whom — a member of staff, or someone named in words (the child, a parent, the
     * school) — and by when. {@code who} is the name as it read when the revision was made.
     */
    public record Action(UUID id, String what, String who, UUID whoStaffId, LocalDate byWhen) {
        public Action {
            Objects.requireNonNull(id, "action id");
        }
    }

    /** Whether a goal has been evaluated, and what came of it. */
    public record Evaluation(boolean evaluated, String outcome) {
        public static final Evaluation NONE = new Evaluation(false, null);

        public Evaluation {
            outcome = blankToNull(outcome);
        }
    }

    /** One guardian's view of the plan, with the guardian's name as it read at the revision. */
    public record GuardianView(UUID personId, String name, String view) {}

    public boolean hasDifficultiesPlan() {
        return difficultiesPlan != null;
    }

    /** Every goal evaluated — and at least one goal, since a plan without goals has nothing to evaluate. */
    public boolean goalsEvaluated() {
        return !goals.isEmpty() && goals.stream().allMatch(Goal::evaluated);
    }

    public Optional<Goal> goal(UUID id) {
        return goals.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
