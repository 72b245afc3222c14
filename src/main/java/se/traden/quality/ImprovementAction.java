package se.traden.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import se.traden.shared.FunctionType;
import se.traden.shared.NotPermittedException;
import se.traden.shared.RuleViolationException;

/**
 * One improvement action of a deviation: what is to be done, by whom (a person of the unit, in the
 * function they hold), by when; and, once done, on which day with a note of what was done. An action is
 * completed once and stays so.
 */
record ImprovementAction(
        UUID id,
        int position,
        String what,
        UUID ownerStaffId,
        FunctionType ownerFunction,
        LocalDate dueOn,
        UUID plannedBy,
        FunctionType plannedFunction,
        Instant plannedAt,
        LocalDate doneOn,
        String doneNote,
        UUID doneBy,
        FunctionType doneFunction,
        Instant doneAt) {

    /** Whom an action is given to: a staff member and the unit function they hold (null when none). */
    record Owner(UUID staffId, FunctionType function) {}

    static ImprovementAction plan(int position, String what, Owner owner, LocalDate dueOn, By by) {
        var v = new Violations(by.today());
        String text = v.text("what", what, Violations.NOTE);
        Owner who = v.required("ownerId", owner);
        if (who != null && who.function() == null) {
            v.add("ownerId", "quality.action.owner-outside-unit");
        }
        LocalDate due = v.required("dueOn", dueOn);
        if (due != null && due.isBefore(by.today())) {
            v.add("dueOn", "quality.action.due-in-past");
        }
        v.throwIfAny();
        return new ImprovementAction(
                UUID.randomUUID(),
                position,
                text,
                who.staffId(),
                who.function(),
                due,
                by.staffId(),
                by.function(),
                by.at(),
                null,
                null,
                null,
                null,
                null);
    }

    /** Marks the action done today with a note of what was done; by its owner or the group manager. */
    ImprovementAction complete(String note, By by) {
        if (done()) {
            throw new RuleViolationException("quality.action.done-already", null, null);
        }
        var answer = QualityPolicy.mayComplete(this, by.staffId(), by.function());
        if (!answer.allowed()) {
            throw new NotPermittedException(answer.reason());
        }
        var v = new Violations(by.today());
        String text = v.text("note", note, Violations.NOTE);
        v.throwIfAny();
        return new ImprovementAction(
                id,
                position,
                what,
                ownerStaffId,
                ownerFunction,
                dueOn,
                plannedBy,
                plannedFunction,
                plannedAt,
                by.today(),
                text,
                by.staffId(),
                by.function(),
                by.at());
    }

    public boolean done() {
        return doneOn != null;
    }

    /** Not done and past its due date, on the given day. */
    public boolean overdueOn(LocalDate day) {
        return !done() && dueOn.isBefore(day);
    }
}
