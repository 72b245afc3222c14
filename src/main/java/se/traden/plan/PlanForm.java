package se.traden.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.traden.shared.FieldViolation;

/**
 * The revise form as typed: text everywhere, so that a malformed date is shown back with its error.
 * Its paths are the draft's ({@code goals[0].actions[1].what}), so a refusal lands next to its field.
 */
public class PlanForm {
    private Integer basedOn;
    private String summary;
    private String reason;
    private List<GoalRow> goals = new ArrayList<>();
    private String childView;
    private List<GuardianRow> guardianViews = new ArrayList<>();
    private String difficultiesPlan;

    /** The form for revising the plan as it stands, with room for one more action and follow-up per goal. */
    static PlanForm startingFrom(PlanView view) {
        PlanForm form = new PlanForm();
        PlanContent plan = view.content();
        form.basedOn = view.currentNumber();
        for (PlanContent.Goal g : plan.goals()) {
            GoalRow row = new GoalRow();
            row.id = g.id().toString();
            row.lifeArea = g.lifeArea().name();
            row.aim = g.aim();
            for (PlanContent.Action a : g.actions()) {
                ActionRow action = new ActionRow();
                action.id = a.id().toString();
                action.what = a.what();
                if (a.whoStaffId() != null) {
                    action.whoStaffId = a.whoStaffId().toString();
                } else {
                    action.who = a.who();
                }
                action.byWhen = a.byWhen() == null ? null : a.byWhen().toString();
                row.actions.add(action);
            }
            g.followUps().forEach(d -> row.followUps.add(d.toString()));
            row.evaluated = g.evaluated();
            row.outcome = g.evaluation().outcome();
            form.goals.add(row);
        }
        form.childView = plan.childView();
        form.difficultiesPlan = plan.difficultiesPlan();
        for (Map.Entry<UUID, String> guardian : view.guardians().entrySet()) {
            GuardianRow row = new GuardianRow();
            row.personId = guardian.getKey().toString();
            row.name = guardian.getValue();
            plan.guardianViews().stream()
                    .filter(v -> v.personId().equals(guardian.getKey()))
                    .findFirst()
                    .ifPresent(v -> row.view = v.view());
            form.guardianViews.add(row);
        }
        if (form.goals.isEmpty()) {
            form.goals.add(new GoalRow());
        }
        form.withRoom();
        return form;
    }

    /** One empty action and one empty follow-up date on every goal, for the next thing to write. */
    void withRoom() {
        for (GoalRow g : goals) {
            if (g.actions.isEmpty() || !g.actions.getLast().empty()) {
                g.actions.add(new ActionRow());
            }
            if (g.followUps.isEmpty() || !blank(g.followUps.getLast())) {
                g.followUps.add("");
            }
        }
    }

    /** Adds the row a button asked for: {@code goal}, {@code action:2} or {@code followUp:2}. */
    void add(String what) {
        if ("goal".equals(what)) {
            goals.add(new GoalRow());
        } else if (what != null && what.contains(":")) {
            try {
                int i = Integer.parseInt(what.substring(what.indexOf(':') + 1));
                if (i >= 0 && i < goals.size()) {
                    if (what.startsWith("action")) {
                        goals.get(i).actions.add(new ActionRow());
                    } else if (what.startsWith("followUp")) {
                        goals.get(i).followUps.add("");
                    }
                }
            } catch (NumberFormatException ignored) {
                // A tampered button adds nothing.
            }
        }
        withRoom();
    }

    /** The draft this form describes; dates and ids that do not parse are named in {@code malformed}. */
    PlanDraft toDraft(List<FieldViolation> malformed) {
        List<PlanDraft.GoalDraft> goalDrafts = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            GoalRow g = goals.get(i);
            String at = "goals[" + i + "].";
            List<PlanDraft.ActionDraft> actions = new ArrayList<>();
            for (int j = 0; j < g.actions.size(); j++) {
                ActionRow a = g.actions.get(j);
                String field = at + "actions[" + j + "].";
                actions.add(new PlanDraft.ActionDraft(
                        uuid(a.id, field + "id", malformed),
                        a.what,
                        a.who,
                        uuid(a.whoStaffId, field + "whoStaffId", malformed),
                        date(a.byWhen, field + "byWhen", malformed)));
            }
            List<LocalDate> followUps = new ArrayList<>();
            for (int k = 0; k < g.followUps.size(); k++) {
                LocalDate d = date(g.followUps.get(k), at + "followUps[" + k + "]", malformed);
                if (d != null) {
                    followUps.add(d);
                }
            }
            LifeArea area = null;
            if (!blank(g.lifeArea)) {
                try {
                    area = LifeArea.valueOf(g.lifeArea);
                } catch (IllegalArgumentException e) {
                    malformed.add(FieldViolation.of(at + "lifeArea", "malformed"));
                }
            }
            goalDrafts.add(new PlanDraft.GoalDraft(
                    uuid(g.id, at + "id", malformed),
                    area,
                    g.aim,
                    actions,
                    followUps,
                    g.evaluated,
                    g.outcome,
                    g.remove));
        }
        List<PlanDraft.GuardianViewDraft> views = new ArrayList<>();
        for (int k = 0; k < guardianViews.size(); k++) {
            GuardianRow v = guardianViews.get(k);
            views.add(new PlanDraft.GuardianViewDraft(
                    uuid(v.personId, "guardianViews[" + k + "].personId", malformed), v.view));
        }
        return new PlanDraft(basedOn, summary, reason, goalDrafts, childView, views, difficultiesPlan);
    }

    private static UUID uuid(String value, String field, List<FieldViolation> malformed) {
        if (blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            malformed.add(FieldViolation.of(field, "malformed"));
            return null;
        }
    }

    private static LocalDate date(String value, String field, List<FieldViolation> malformed) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            malformed.add(FieldViolation.of(field, "plan.date-malformed"));
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public static class GoalRow {
        private String id;
        private String lifeArea;
        private String aim;
        private List<ActionRow> actions = new ArrayList<>();
        private List<String> followUps = new ArrayList<>();
        private boolean evaluated;
        private String outcome;
        private boolean remove;

        public boolean existing() {
            return !blank(id);
        }

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getLifeArea() {
            return lifeArea;
        }

        public void setLifeArea(String lifeArea) {
            this.lifeArea = lifeArea;
        }

        public String getAim() {
            return aim;
        }

        public void setAim(String aim) {
            this.aim = aim;
        }

        public List<ActionRow> getActions() {
            return actions;
        }

        public void setActions(List<ActionRow> actions) {
            this.actions = actions;
        }

        public List<String> getFollowUps() {
            return followUps;
        }

        public void setFollowUps(List<String> followUps) {
            this.followUps = followUps;
        }

        public boolean isEvaluated() {
            return evaluated;
        }

        public void setEvaluated(boolean evaluated) {
            this.evaluated = evaluated;
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }

    public static class ActionRow {
        private String id;
        private String what;
        private String who;
        private String whoStaffId;
        private String byWhen;

        boolean empty() {
            return blank(id) && blank(what) && blank(who) && blank(whoStaffId) && blank(byWhen);
        }

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getWhat() {
            return what;
        }

        public void setWhat(String what) {
            this.what = what;
        }

        public String getWho() {
            return who;
        }

        public void setWho(String who) {
            this.who = who;
        }

        public String getWhoStaffId() {
            return whoStaffId;
        }

        public void setWhoStaffId(String whoStaffId) {
            this.whoStaffId = whoStaffId;
        }

        public String getByWhen() {
            return byWhen;
        }

        public void setByWhen(String byWhen) {
            this.byWhen = byWhen;
        }
    }

    public static class GuardianRow {
        private String personId;
        private String name;
        private String view;

        public String getPersonId() {
            return personId;
        }

        public void setPersonId(String personId) {
            this.personId = personId;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getView() {
            return view;
        }

        public void setView(String view) {
            this.view = view;
        }
    }

    public Integer getBasedOn() {
        return basedOn;
    }

    public void setBasedOn(Integer basedOn) {
        this.basedOn = basedOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<GoalRow> getGoals() {
        return goals;
    }

    public void setGoals(List<GoalRow> goals) {
        this.goals = goals;
    }

    public String getChildView() {
        return childView;
    }

    public void setChildView(String childView) {
        this.childView = childView;
    }

    public List<GuardianRow> getGuardianViews() {
        return guardianViews;
    }

    public void setGuardianViews(List<GuardianRow> guardianViews) {
        this.guardianViews = guardianViews;
    }

    public String getDifficultiesPlan() {
        return difficultiesPlan;
    }

    public void setDifficultiesPlan(String difficultiesPlan) {
        this.difficultiesPlan = difficultiesPlan;
    }
}
