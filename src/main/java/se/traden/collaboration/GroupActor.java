package se.traden.collaboration;

import java.time.LocalDate;
import java.util.UUID;
import se.traden.shared.RuleViolationException;

/**
 * An actor in the collaboration group around the child: an organisation and function (a named person
 * when it helps), with the task it has taken on and the mandate it acts with. It <em>joins</em> on a day
 * and <em>leaves</em> on a day with the reason; the group's history stays.
 */
record GroupActor(
        UUID id,
        UUID municipalityId,
        UUID caseId,
        String organisation,
        String functionName,
        String personName,
        String task,
        String mandate,
        LocalDate joinedOn,
        LocalDate leftOn,
        String leftReason,
        long version) {

    record NewActor(
            String organisation,
            String functionName,
            String personName,
            String task,
            String mandate,
            LocalDate joinedOn) {}

    public boolean active() {
        return leftOn == null;
    }

    static GroupActor join(UUID municipalityId, UUID caseId, NewActor input, LocalDate today) {
        var v = new Violations();
        String organisation = v.text("organisation", input.organisation(), Violations.SHORT);
        String function = v.text("functionName", input.functionName(), Violations.SHORT);
        String person = v.optional("personName", input.personName(), Violations.SHORT);
        String task = v.text("task", input.task(), Violations.NOTE);
        String mandate = v.text("mandate", input.mandate(), Violations.NOTE);
        LocalDate joined = input.joinedOn() == null ? today : input.joinedOn();
        if (joined.isAfter(today)) {
            v.add("joinedOn", "group.date-in-future");
        }
        v.throwIfAny();
        return new GroupActor(
                UUID.randomUUID(),
                municipalityId,
                caseId,
                organisation,
                function,
                person,
                task,
                mandate,
                joined,
                null,
                null,
                0);
    }

    GroupActor leave(LocalDate on, String reason, LocalDate today) {
        if (!active()) {
            throw new RuleViolationException("group.actor-already-left", null, null);
        }
        var v = new Violations();
        LocalDate left = v.required("leftOn", on);
        if (left != null && left.isAfter(today)) {
            v.add("leftOn", "group.date-in-future");
        } else if (left != null && left.isBefore(joinedOn)) {
            v.add("leftOn", "group.left-before-joining", joinedOn.toString());
        }
        String why = v.text("leftReason", reason, Violations.NOTE);
        v.throwIfAny();
        return new GroupActor(
                id,
                municipalityId,
                caseId,
                organisation,
                functionName,
                personName,
                task,
                mandate,
                joinedOn,
                left,
                why,
                version);
    }
}
