package se.traden.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import se.traden.plan.PlanContent.Action;
import se.traden.plan.PlanContent.Goal;
import se.traden.plan.PlanContent.GuardianView;

/**
 * What differs between two revisions of a plan: goal by goal (matched by identity, so a goal that was
 * reworded is the same goal, changed) and field by field, each change with the text before and after.
 */
public record PlanComparison(int from, int to, List<Change> plan, List<GoalComparison> goals) {

    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED,
        UNCHANGED;

        public String messageKey() {
            return "plan.change." + name();
        }
    }

    /** How a value reads: as text, as a life area, or as yes/no. */
    public enum ValueKind {
        TEXT,
        LIFE_AREA,
        YES_NO
    }

    /**
     * One field that differs. {@code item} names what inside the goal or plan it concerns — an action or
     * a guardian — when the field alone does not.
     */
    public record Change(String field, Kind kind, String before, String after, String item, ValueKind valueKind) {
        public String messageKey() {
            return "plan.field." + field;
        }
    }

    /** One goal's fate between the two revisions, with its changes. */
    public record GoalComparison(UUID goalId, LifeArea lifeArea, String aim, Kind kind, List<Change> changes) {}

    public static PlanComparison between(int from, PlanContent before, int to, PlanContent after) {
        List<Change> plan = new ArrayList<>();
        text(plan, "childView", before.childView(), after.childView(), null);
        Map<UUID, GuardianView> was = before.guardianViews().stream()
                .collect(Collectors.toMap(GuardianView::personId, v -> v, (a, b) -> a, LinkedHashMap::new));
        Map<UUID, GuardianView> is = after.guardianViews().stream()
                .collect(Collectors.toMap(GuardianView::personId, v -> v, (a, b) -> a, LinkedHashMap::new));
        for (GuardianView v : is.values()) {
            GuardianView old = was.get(v.personId());
            text(plan, "guardianView", old == null ? null : old.view(), v.view(), v.name());
        }
        for (GuardianView old : was.values()) {
            if (!is.containsKey(old.personId())) {
                text(plan, "guardianView", old.view(), null, old.name());
            }
        }
        text(plan, "difficultiesPlan", before.difficultiesPlan(), after.difficultiesPlan(), null);

        List<GoalComparison> goals = new ArrayList<>();
        for (Goal g : after.goals()) {
            Goal old = before.goal(g.id()).orElse(null);
            if (old == null) {
                goals.add(new GoalComparison(g.id(), g.lifeArea(), g.aim(), Kind.ADDED, goalFields(null, g)));
            } else {
                List<Change> changes = goalFields(old, g);
                goals.add(new GoalComparison(
                        g.id(), g.lifeArea(), g.aim(), changes.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED, changes));
            }
        }
        for (Goal old : before.goals()) {
            if (after.goal(old.id()).isEmpty()) {
                goals.add(new GoalComparison(old.id(), old.lifeArea(), old.aim(), Kind.REMOVED, goalFields(old, null)));
            }
        }
        return new PlanComparison(from, to, plan, goals);
    }

    public boolean identical() {
        return plan.isEmpty() && goals.stream().allMatch(g -> g.kind() == Kind.UNCHANGED);
    }

    private static List<Change> goalFields(Goal before, Goal after) {
        List<Change> changes = new ArrayList<>();
        value(
                changes,
                "lifeArea",
                before == null ? null : before.lifeArea().name(),
                after == null ? null : after.lifeArea().name(),
                null,
                ValueKind.LIFE_AREA);
        text(changes, "aim", before == null ? null : before.aim(), after == null ? null : after.aim(), null);
        List<Action> was = before == null ? List.of() : before.actions();
        List<Action> is = after == null ? List.of() : after.actions();
        for (Action a : is) {
            Action old =
                    was.stream().filter(x -> x.id().equals(a.id())).findFirst().orElse(null);
            if (old == null) {
                text(changes, "action", null, describe(a), a.what());
            } else {
                text(changes, "action.what", old.what(), a.what(), a.what());
                text(changes, "action.who", old.who(), a.who(), a.what());
                text(changes, "action.byWhen", date(old.byWhen()), date(a.byWhen()), a.what());
            }
        }
        for (Action old : was) {
            if (is.stream().noneMatch(x -> x.id().equals(old.id()))) {
                text(changes, "action", describe(old), null, old.what());
            }
        }
        text(changes, "followUps", dates(before), dates(after), null);
        // A goal added or removed unevaluated says nothing about its evaluation.
        String wasEvaluated =
                before == null || after == null && !before.evaluated() ? null : String.valueOf(before.evaluated());
        String isEvaluated =
                after == null || before == null && !after.evaluated() ? null : String.valueOf(after.evaluated());
        value(changes, "evaluated", wasEvaluated, isEvaluated, null, ValueKind.YES_NO);
        text(
                changes,
                "outcome",
                before == null ? null : before.evaluation().outcome(),
                after == null ? null : after.evaluation().outcome(),
                null);
        return changes;
    }

    private static String describe(Action a) {
        return a.what() + " — " + a.who() + (a.byWhen() == null ? "" : " — " + a.byWhen());
    }

    private static String dates(Goal g) {
        if (g == null || g.followUps().isEmpty()) {
            return null;
        }
        return g.followUps().stream().map(LocalDate::toString).collect(Collectors.joining(", "));
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static void text(List<Change> changes, String field, String before, String after, String item) {
        value(changes, field, before, after, item, ValueKind.TEXT);
    }

    private static void value(
            List<Change> changes, String field, String before, String after, String item, ValueKind kind) {
        if (Objects.equals(before, after)) {
            return;
        }
        Kind change = before == null ? Kind.ADDED : after == null ? Kind.REMOVED : Kind.CHANGED;
        changes.add(new Change(field, change, before, after, item, kind));
    }
}
