package se.traden.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.traden.demo.CaseTexts.GoalText;
import se.traden.intake.ProblemArea;
import se.traden.plan.LifeArea;
import se.traden.plan.PlanContent;
import se.traden.plan.PlanDraft;
import se.traden.plan.PlanDraft.ActionDraft;
import se.traden.plan.PlanDraft.GoalDraft;
import se.traden.plan.PlanDraft.GuardianViewDraft;
import se.traden.plan.PlanRevision;

/**
 * The action and change plan: made together a week or two after opening, revised after about a month of
 * close contact and then every couple of months (follow-ups added, actions added, goals evaluated), and a
 * closing revision that evaluates every goal and writes the plan for handling difficulties, which the
 * closure requires. A re-engaged case gets a new goal for the new worry.
 */
final class PlanChapter {
    private final Stories s;

    PlanChapter(Stories stories) {
        this.s = stories;
    }

    void first(Child child, CaseFile file, Instant at, Instant closing) {
        Dice dice = child.dice;
        int round = file.round;
        s.at(at, () -> {
            if (file.round != round || !file.active()) {
                return;
            }
            List<GoalDraft> goals = new ArrayList<>();
            for (LifeArea area : lifeAreas(file, dice)) {
                goals.add(newGoal(area, file, dice));
            }
            revise(child, file, goals, CaseTexts.childView(dice), guardianViews(child, dice), null);
            Instant second = s.moments.daysAfter(s.now(), 28, 35, dice);
            regular(child, file, second, closing, round);
        });
    }

    void reopened(Child child, CaseFile file, Instant at, Instant closing) {
        Dice dice = child.dice;
        int round = file.round;
        s.at(at, () -> {
            if (file.round != round || !file.active()) {
                return;
            }
            List<GoalDraft> goals = drafts(file.plan);
            LifeArea area = dice.pick(List.copyOf(lifeAreas(file, dice)));
            goals.add(newGoal(area, file, dice));
            revise(
                    child,
                    file,
                    goals,
                    CaseTexts.childView(dice),
                    guardianViews(child, dice),
                    file.plan.difficultiesPlan());
            regular(child, file, s.moments.daysAfter(s.now(), 35, 56, dice), closing, round);
        });
    }

    private void regular(Child child, CaseFile file, Instant at, Instant closing, int round) {
        if (at.isAfter(closing.minus(Duration.ofDays(10)))) {
            return;
        }
        Dice dice = child.dice;
        s.at(at, () -> {
            if (file.round != round || !file.active()) {
                return;
            }
            List<GoalDraft> goals = drafts(file.plan);
            LocalDate today = s.today();
            int target = dice.between(0, goals.size() - 1);
            GoalDraft g = goals.get(target);
            List<LocalDate> followUps = new ArrayList<>(g.followUps());
            followUps.add(today.plusDays(dice.between(21, 42)));
            List<ActionDraft> actions = new ArrayList<>(g.actions());
            if (dice.chance(0.5)) {
                actions.add(action(g.lifeArea(), file, today, dice));
            }
            goals.set(
                    target,
                    new GoalDraft(
                            g.id(), g.lifeArea(), g.aim(), actions, followUps, g.evaluated(), g.outcome(), false));
            List<Integer> open = new ArrayList<>();
            for (int i = 0; i < goals.size(); i++) {
                if (!Boolean.TRUE.equals(goals.get(i).evaluated())) {
                    open.add(i);
                }
            }
            if (open.size() > 1 && dice.chance(0.35)) {
                int i = dice.pick(open);
                GoalDraft e = goals.get(i);
                goals.set(
                        i,
                        new GoalDraft(
                                e.id(),
                                e.lifeArea(),
                                e.aim(),
                                e.actions(),
                                e.followUps(),
                                true,
                                CaseTexts.outcome(dice),
                                false));
            }
            revise(
                    child,
                    file,
                    goals,
                    dice.chance(0.4) ? CaseTexts.childView(dice) : file.plan.childView(),
                    guardianViews(child, dice),
                    file.plan.difficultiesPlan());
            regular(child, file, s.moments.daysAfter(s.now(), 42, 84, dice), closing, round);
        });
    }

    /** Every goal evaluated and a plan for difficulties: what closure asks of the plan. */
    void closing(Child child, CaseFile file) {
        Dice dice = child.dice;
        List<GoalDraft> goals = new ArrayList<>();
        for (GoalDraft g : drafts(file.plan)) {
            goals.add(
                    Boolean.TRUE.equals(g.evaluated())
                            ? g
                            : new GoalDraft(
                                    g.id(),
                                    g.lifeArea(),
                                    g.aim(),
                                    g.actions(),
                                    g.followUps(),
                                    true,
                                    CaseTexts.outcome(dice),
                                    false));
        }
        if (goals.isEmpty()) {
            LifeArea area = lifeAreas(file, dice).iterator().next();
            GoalDraft g = newGoal(area, file, dice);
            goals.add(new GoalDraft(
                    null, g.lifeArea(), g.aim(), g.actions(), g.followUps(), true, CaseTexts.outcome(dice), false));
        }
        String difficulties = file.plan.difficultiesPlan() != null && file.round == 1
                ? file.plan.difficultiesPlan()
                : CaseTexts.difficultiesPlan(dice);
        PlanDraft draft = new PlanDraft(
                file.planNumber,
                CaseTexts.CLOSING_SUMMARY,
                CaseTexts.CLOSING_REASON,
                goals,
                file.plan.childView(),
                guardianViews(child, dice),
                difficulties);
        store(file, s.as(file.caseManager, () -> s.services.plans().revise(file.id, draft)));
    }

    private void revise(
            Child child,
            CaseFile file,
            List<GoalDraft> goals,
            String childView,
            List<GuardianViewDraft> views,
            String difficulties) {
        Dice dice = child.dice;
        int next = file.planNumber + 1;
        PlanDraft draft = new PlanDraft(
                file.planNumber,
                CaseTexts.revisionSummary(next, dice),
                CaseTexts.revisionReason(next, dice),
                goals,
                childView,
                views,
                difficulties);
        Staffer by = dice.chance(0.9) ? file.caseManager : s.coordinator(dice);
        store(file, s.as(by, () -> s.services.plans().revise(file.id, draft)));
    }

    private static void store(CaseFile file, PlanRevision revision) {
        file.planNumber = revision.number();
        file.plan = revision.content();
    }

    private static Set<LifeArea> lifeAreas(CaseFile file, Dice dice) {
        Set<LifeArea> areas = new LinkedHashSet<>();
        for (ProblemArea area : IntakeTexts.sorted(file.areas)) {
            areas.add(
                    switch (area) {
                        case SCHOOL_ABSENCE -> LifeArea.SCHOOL_OR_OCCUPATION;
                        case MENTAL_ILL_HEALTH, SUBSTANCE_USE -> LifeArea.HEALTH;
                        case CRIME -> LifeArea.CRIME;
                        case OTHER_NORM_BREAKING -> dice.chance(0.5) ? LifeArea.FRIENDS : LifeArea.LEISURE;
                        case OTHER -> LifeArea.FAMILY;
                    });
        }
        if (areas.size() < 2) {
            areas.add(dice.chance(0.5) ? LifeArea.FAMILY : LifeArea.LEISURE);
        }
        return areas;
    }

    private GoalDraft newGoal(LifeArea area, CaseFile file, Dice dice) {
        List<GoalText> texts = CaseTexts.GOALS.get(area);
        GoalText text = area == LifeArea.HEALTH && file.areas.contains(ProblemArea.SUBSTANCE_USE)
                ? texts.getLast()
                : dice.pick(texts.subList(0, area == LifeArea.HEALTH ? texts.size() - 1 : texts.size()));
        LocalDate today = s.today();
        List<ActionDraft> actions = new ArrayList<>();
        for (String[] action : text.actions()) {
            if (actions.isEmpty() || dice.chance(0.6)) {
                actions.add(actionDraft(action, file, today, dice));
            }
        }
        return new GoalDraft(
                null, area, text.aim(), actions, List.of(today.plusDays(dice.between(28, 42))), false, null, false);
    }

    private ActionDraft action(LifeArea area, CaseFile file, LocalDate today, Dice dice) {
        return actionDraft(dice.pick(CaseTexts.GOALS.get(area).getFirst().actions()), file, today, dice);
    }

    private static ActionDraft actionDraft(String[] action, CaseFile file, LocalDate today, Dice dice) {
        UUID staff = action[1] == null ? file.caseManager.id().value() : null;
        return new ActionDraft(null, action[0], action[1], staff, today.plusDays(dice.between(7, 60)));
    }

    private static List<GuardianViewDraft> guardianViews(Child child, Dice dice) {
        List<GuardianViewDraft> views = new ArrayList<>();
        for (UUID guardian : child.guardianIds) {
            if (dice.chance(0.6)) {
                views.add(new GuardianViewDraft(guardian, CaseTexts.guardianView(dice)));
            }
        }
        return views;
    }

    /** The plan as it stands, as drafts that keep every goal and action (by id). */
    private static List<GoalDraft> drafts(PlanContent plan) {
        List<GoalDraft> goals = new ArrayList<>();
        for (PlanContent.Goal g : plan.goals()) {
            List<ActionDraft> actions = new ArrayList<>();
            for (PlanContent.Action a : g.actions()) {
                actions.add(new ActionDraft(
                        a.id(), a.what(), a.whoStaffId() == null ? a.who() : null, a.whoStaffId(), a.byWhen()));
            }
            goals.add(new GoalDraft(
                    g.id(),
                    g.lifeArea(),
                    g.aim(),
                    actions,
                    g.followUps(),
                    g.evaluated(),
                    g.evaluation().outcome(),
                    false));
        }
        return goals;
    }
}
