package se.traden.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import se.traden.plan.PlanContent.Action;
import se.traden.plan.PlanContent.Evaluation;
import se.traden.plan.PlanContent.Goal;
import se.traden.plan.PlanContent.GuardianView;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;

/**
 * A revision as its author writes it: the revision it starts from, what changed and why, and the whole
 * plan as it should read afterwards. Rows left empty (as a form leaves them) are not goals or actions,
 * and keep their place so that an error points at the row the author sees.
 */
public record PlanDraft(
        Integer basedOn,
        String summary,
        String reason,
        List<GoalDraft> goals,
        String childView,
        List<GuardianViewDraft> guardianViews,
        String difficultiesPlan) {

    static final int MAX_SHORT = 2000;
    static final int MAX_LONG = 4000;

    public PlanDraft {
        goals = goals == null ? List.of() : new ArrayList<>(goals);
        guardianViews = guardianViews == null ? List.of() : new ArrayList<>(guardianViews);
    }

    /** A goal as written; {@code id} is null for a new goal, {@code remove} takes an existing one away. */
    public record GoalDraft(
            UUID id,
            LifeArea lifeArea,
            String aim,
            List<ActionDraft> actions,
            List<LocalDate> followUps,
            Boolean evaluated,
            String outcome,
            Boolean remove) {
        public GoalDraft {
            actions = actions == null ? List.of() : new ArrayList<>(actions);
            followUps = followUps == null
                    ? List.of()
                    : followUps.stream().filter(Objects::nonNull).toList();
        }

        boolean blank() {
            return id == null
                    && lifeArea == null
                    && isBlank(aim)
                    && actions.stream().allMatch(a -> a == null || a.blank())
                    && followUps.isEmpty()
                    && !Boolean.TRUE.equals(evaluated)
                    && isBlank(outcome);
        }
    }

    /** An action as written: by a member of staff ({@code whoStaffId}) or by someone named in {@code who}. */
    public record ActionDraft(UUID id, String what, String who, UUID whoStaffId, LocalDate byWhen) {
        boolean blank() {
            return id == null && isBlank(what) && isBlank(who) && whoStaffId == null && byWhen == null;
        }
    }

    public record GuardianViewDraft(UUID personId, String view) {}

    /**
     * The plan this draft describes, starting from {@code base}: new goals and actions get their ids,
     * staff get their names, guardians theirs. Every broken rule is named in one answer.
     */
    PlanContent resolve(PlanContent base, Map<UUID, String> guardians, Map<UUID, String> staffNames) {
        List<FieldViolation> violations = new ArrayList<>();
        if (basedOn == null) {
            violations.add(FieldViolation.of("basedOn", "plan.based-on-required"));
        }
        text("summary", summary, "plan.summary-required", MAX_SHORT, violations);
        text("reason", reason, "plan.reason-required", MAX_SHORT, violations);
        List<Goal> resolved = new ArrayList<>();
        Set<UUID> seenGoals = new HashSet<>();
        for (int i = 0; i < goals.size(); i++) {
            GoalDraft g = goals.get(i);
            if (g == null || g.blank() || Boolean.TRUE.equals(g.remove())) {
                continue;
            }
            String at = "goals[" + i + "].";
            Goal before = null;
            if (g.id() != null) {
                before = base.goal(g.id()).orElse(null);
                if (before == null || !seenGoals.add(g.id())) {
                    violations.add(FieldViolation.of(at + "id", "plan.goal-unknown"));
                }
            }
            if (g.lifeArea() == null) {
                violations.add(FieldViolation.of(at + "lifeArea", "plan.life-area-required"));
            }
            text(at + "aim", g.aim(), "plan.aim-required", MAX_SHORT, violations);
            boolean evaluated = Boolean.TRUE.equals(g.evaluated());
            if (evaluated && isBlank(g.outcome())) {
                violations.add(FieldViolation.of(at + "outcome", "plan.outcome-required"));
            }
            tooLong(at + "outcome", g.outcome(), MAX_LONG, violations);
            List<Action> actions = actions(at, g, before, staffNames, violations);
            resolved.add(new Goal(
                    g.id() == null ? UUID.randomUUID() : g.id(),
                    g.lifeArea(),
                    strip(g.aim()),
                    actions,
                    g.followUps(),
                    new Evaluation(evaluated, g.outcome())));
        }
        List<GuardianView> views = new ArrayList<>();
        for (int k = 0; k < guardianViews.size(); k++) {
            GuardianViewDraft v = guardianViews.get(k);
            if (v == null || isBlank(v.view())) {
                continue;
            }
            if (v.personId() == null || !guardians.containsKey(v.personId())) {
                violations.add(FieldViolation.of("guardianViews[" + k + "].personId", "plan.guardian-unknown"));
                continue;
            }
            tooLong("guardianViews[" + k + "].view", v.view(), MAX_LONG, violations);
            views.add(new GuardianView(v.personId(), guardians.get(v.personId()), strip(v.view())));
        }
        tooLong("childView", childView, MAX_LONG, violations);
        tooLong("difficultiesPlan", difficultiesPlan, MAX_LONG, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new PlanContent(resolved, childView, views, difficultiesPlan);
    }

    private static List<Action> actions(
            String at, GoalDraft g, Goal before, Map<UUID, String> staffNames, List<FieldViolation> violations) {
        List<Action> actions = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int j = 0; j < g.actions().size(); j++) {
            ActionDraft a = g.actions().get(j);
            if (a == null || a.blank()) {
                continue;
            }
            String field = at + "actions[" + j + "].";
            if (a.id() != null
                    && (before == null
                            || before.actions().stream().noneMatch(x -> x.id().equals(a.id()))
                            || !seen.add(a.id()))) {
                violations.add(FieldViolation.of(field + "id", "plan.action-unknown"));
            }
            text(field + "what", a.what(), "plan.action-what-required", MAX_SHORT, violations);
            String who = strip(a.who());
            if (a.whoStaffId() != null) {
                who = staffNames.get(a.whoStaffId());
                if (who == null) {
                    violations.add(FieldViolation.of(field + "whoStaffId", "plan.action-staff-unknown"));
                }
            } else if (who == null) {
                violations.add(FieldViolation.of(field + "who", "plan.action-who-required"));
            } else {
                tooLong(field + "who", who, 200, violations);
            }
            if (a.byWhen() == null) {
                violations.add(FieldViolation.of(field + "byWhen", "plan.action-by-when-required"));
            }
            actions.add(new Action(
                    a.id() == null ? UUID.randomUUID() : a.id(), strip(a.what()), who, a.whoStaffId(), a.byWhen()));
        }
        return actions;
    }

    private static void text(
            String field, String value, String requiredCode, int max, List<FieldViolation> violations) {
        if (isBlank(value)) {
            violations.add(FieldViolation.of(field, requiredCode));
        } else {
            tooLong(field, value, max, violations);
        }
    }

    private static void tooLong(String field, String value, int max, List<FieldViolation> violations) {
        if (value != null && value.strip().length() > max) {
            violations.add(FieldViolation.of(field, "too-long", max));
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
