package se.traden.collaboration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.traden.shared.RuleViolationException;

/**
 * A meeting of the collaboration group.
 *
 * <p>Its life: the case manager <em>plans</em> it with its time, agenda and who attends — whether the
 * child and the family attend, and whether they chose who else does (when they could not, why not) —
 * and how the child was prepared. Once held, its <em>outcome</em> is recorded once: what came out of it,
 * and who does what next, by when.
 */
record Meeting(
        UUID id,
        UUID municipalityId,
        UUID caseId,
        Instant heldAt,
        String agenda,
        String attendees,
        boolean childAttends,
        boolean familyAttends,
        boolean familyChoseAttendees,
        String attendanceNote,
        String childPreparation,
        String outcomes,
        List<Action> actions,
        Recorded planned,
        Instant outcomeRecordedAt,
        long version) {

    Meeting {
        actions = List.copyOf(actions);
    }

    /** Who does what next, by when. */
    record Action(String what, String owner, LocalDate dueOn) {}

    record NewMeeting(
            Instant heldAt,
            String agenda,
            String attendees,
            Boolean childAttends,
            Boolean familyAttends,
            Boolean familyChoseAttendees,
            String attendanceNote,
            String childPreparation) {}

    public boolean held(Instant now) {
        return !heldAt.isAfter(now);
    }

    public boolean outcomeRecorded() {
        return outcomes != null;
    }

    static Meeting plan(UUID municipalityId, UUID caseId, NewMeeting input, Recorded planned) {
        var v = new Violations();
        Instant at = v.required("heldAt", input.heldAt());
        String agenda = v.text("agenda", input.agenda(), Violations.LONG);
        String attendees = v.text("attendees", input.attendees(), Violations.NOTE);
        Boolean child = v.required("childAttends", input.childAttends());
        Boolean family = v.required("familyAttends", input.familyAttends());
        Boolean chose = v.required("familyChoseAttendees", input.familyChoseAttendees());
        String note = v.optional("attendanceNote", input.attendanceNote(), Violations.NOTE);
        if (Boolean.FALSE.equals(chose) && note == null && !v.has("attendanceNote")) {
            v.add("attendanceNote", "meeting.why-family-did-not-choose");
        }
        String preparation = v.text("childPreparation", input.childPreparation(), Violations.NOTE);
        v.throwIfAny();
        return new Meeting(
                UUID.randomUUID(),
                municipalityId,
                caseId,
                at,
                agenda,
                attendees,
                child,
                family,
                chose,
                note,
                preparation,
                null,
                List.of(),
                planned,
                null,
                0);
    }

    /** What came out of the held meeting, and at least one next step with its owner and date. */
    Meeting recordOutcome(String outcome, List<Action> next, Instant now) {
        if (!held(now)) {
            throw new RuleViolationException("meeting.not-yet-held", null, null);
        }
        if (outcomeRecorded()) {
            throw new RuleViolationException("meeting.outcome-recorded", null, null);
        }
        var v = new Violations();
        String text = v.text("outcomes", outcome, Violations.LONG);
        List<Action> actions = new ArrayList<>();
        List<Action> given = next == null ? List.of() : next;
        for (int i = 0; i < given.size(); i++) {
            Action a = given.get(i);
            if (a == null || blank(a.what()) && blank(a.owner()) && a.dueOn() == null) {
                continue; // an empty row of the form
            }
            String what = v.text("actions[" + i + "].what", a.what(), Violations.NOTE);
            String owner = v.text("actions[" + i + "].owner", a.owner(), Violations.SHORT);
            LocalDate due = v.required("actions[" + i + "].dueOn", a.dueOn());
            actions.add(new Action(what, owner, due));
        }
        if (actions.isEmpty() && !v.has("actions")) {
            v.add("actions", "meeting.next-step-required");
        }
        v.throwIfAny();
        return new Meeting(
                id,
                municipalityId,
                caseId,
                heldAt,
                agenda,
                attendees,
                childAttends,
                familyAttends,
                familyChoseAttendees,
                attendanceNote,
                childPreparation,
                text,
                actions,
                planned,
                now,
                version);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
