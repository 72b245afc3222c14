package se.traden.collaboration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The forms of the collaboration group pages as typed, one class for all of them: each page shows the
 * fields of its own command. A meeting's outcome offers three rows of next steps; empty rows are left out.
 */
class GroupForm {
    static final int ACTION_ROWS = 3;

    private String version;
    private String organisation;
    private String functionName;
    private String personName;
    private String task;
    private String mandate;
    private String joinedOn;
    private String leftOn;
    private String leftReason;
    private String heldAt;
    private String agenda;
    private String attendees;
    private String childAttends;
    private String familyAttends;
    private String familyChoseAttendees;
    private String attendanceNote;
    private String childPreparation;
    private String outcomes;
    private List<ActionRow> actions = new ArrayList<>();
    private String declaredOn;
    private String note;
    private String withdrawnOn;

    /** One row of next steps. */
    public static class ActionRow {
        private String what;
        private String owner;
        private String dueOn;

        public String getWhat() {
            return what;
        }

        public void setWhat(String what) {
            this.what = what;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public String getDueOn() {
            return dueOn;
        }

        public void setDueOn(String dueOn) {
            this.dueOn = dueOn;
        }
    }

    static GroupForm today(Clock clock) {
        var form = new GroupForm();
        String today = LocalDate.now(clock).toString();
        form.joinedOn = today;
        form.leftOn = today;
        form.declaredOn = today;
        form.withdrawnOn = today;
        form.heldAt = FormValues.dateTimeValue(clock.instant(), clock.getZone());
        for (int i = 0; i < ACTION_ROWS; i++) {
            form.actions.add(new ActionRow());
        }
        return form;
    }

    GroupActor.NewActor actor() {
        return new GroupActor.NewActor(
                organisation, functionName, personName, task, mandate, FormValues.date(joinedOn));
    }

    Meeting.NewMeeting meeting(Clock clock) {
        return new Meeting.NewMeeting(
                FormValues.dateTime(heldAt, clock.getZone()),
                agenda,
                attendees,
                FormValues.yesNo(childAttends),
                FormValues.yesNo(familyAttends),
                FormValues.yesNo(familyChoseAttendees),
                attendanceNote,
                childPreparation);
    }

    List<Meeting.Action> nextSteps() {
        return actions.stream()
                .map(a -> new Meeting.Action(a.getWhat(), a.getOwner(), FormValues.date(a.getDueOn())))
                .toList();
    }

    long versionOr(long fallback) {
        try {
            return FormValues.blank(version) ? fallback : Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getFunctionName() {
        return functionName;
    }

    public void setFunctionName(String functionName) {
        this.functionName = functionName;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getTask() {
        return task;
    }

    public void setTask(String task) {
        this.task = task;
    }

    public String getMandate() {
        return mandate;
    }

    public void setMandate(String mandate) {
        this.mandate = mandate;
    }

    public String getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(String joinedOn) {
        this.joinedOn = joinedOn;
    }

    public String getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(String leftOn) {
        this.leftOn = leftOn;
    }

    public String getLeftReason() {
        return leftReason;
    }

    public void setLeftReason(String leftReason) {
        this.leftReason = leftReason;
    }

    public String getHeldAt() {
        return heldAt;
    }

    public void setHeldAt(String heldAt) {
        this.heldAt = heldAt;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String attendees) {
        this.attendees = attendees;
    }

    public String getChildAttends() {
        return childAttends;
    }

    public void setChildAttends(String childAttends) {
        this.childAttends = childAttends;
    }

    public String getFamilyAttends() {
        return familyAttends;
    }

    public void setFamilyAttends(String familyAttends) {
        this.familyAttends = familyAttends;
    }

    public String getFamilyChoseAttendees() {
        return familyChoseAttendees;
    }

    public void setFamilyChoseAttendees(String familyChoseAttendees) {
        this.familyChoseAttendees = familyChoseAttendees;
    }

    public String getAttendanceNote() {
        return attendanceNote;
    }

    public void setAttendanceNote(String attendanceNote) {
        this.attendanceNote = attendanceNote;
    }

    public String getChildPreparation() {
        return childPreparation;
    }

    public void setChildPreparation(String childPreparation) {
        this.childPreparation = childPreparation;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(String outcomes) {
        this.outcomes = outcomes;
    }

    public List<ActionRow> getActions() {
        return actions;
    }

    public void setActions(List<ActionRow> actions) {
        this.actions = actions;
    }

    public String getDeclaredOn() {
        return declaredOn;
    }

    public void setDeclaredOn(String declaredOn) {
        this.declaredOn = declaredOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getWithdrawnOn() {
        return withdrawnOn;
    }

    public void setWithdrawnOn(String withdrawnOn) {
        this.withdrawnOn = withdrawnOn;
    }
}
