package se.traden.collaboration;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A check-in between the individual coordinator and the case manager about one case: how risk and needs
 * stand against the interventions in place, whether new actors should be brought in, the family's own
 * resources and how they experience them, whether the case manager's workload is manageable, and which
 * obstacles must be lifted higher. A working conversation, not a report to a superior. Written once.
 */
record CheckIn(
        UUID id,
        UUID municipalityId,
        UUID caseId,
        LocalDate heldOn,
        String riskAndNeeds,
        String newActors,
        String familyResources,
        boolean workloadManageable,
        String workloadNote,
        String obstacles,
        Recorded recorded) {

    record NewCheckIn(
            LocalDate heldOn,
            String riskAndNeeds,
            String newActors,
            String familyResources,
            Boolean workloadManageable,
            String workloadNote,
            String obstacles) {}

    /** A check-in is held on a day between the case's opening and today. */
    static CheckIn record(
            UUID municipalityId,
            UUID caseId,
            NewCheckIn input,
            LocalDate openedOn,
            LocalDate today,
            Recorded recorded) {
        var v = new Violations();
        LocalDate heldOn = v.required("heldOn", input.heldOn());
        if (heldOn != null && heldOn.isAfter(today)) {
            v.add("heldOn", "check-in.in-future");
        } else if (heldOn != null && heldOn.isBefore(openedOn)) {
            v.add("heldOn", "check-in.before-opening", openedOn.toString());
        }
        String risk = v.text("riskAndNeeds", input.riskAndNeeds(), Violations.LONG);
        String actors = v.optional("newActors", input.newActors(), Violations.LONG);
        String resources = v.optional("familyResources", input.familyResources(), Violations.LONG);
        Boolean manageable = v.required("workloadManageable", input.workloadManageable());
        String workloadNote = v.optional("workloadNote", input.workloadNote(), Violations.LONG);
        if (Boolean.FALSE.equals(manageable) && workloadNote == null && !v.has("workloadNote")) {
            v.add("workloadNote", "check-in.workload-note-required");
        }
        String obstacles = v.optional("obstacles", input.obstacles(), Violations.LONG);
        v.throwIfAny();
        return new CheckIn(
                UUID.randomUUID(),
                municipalityId,
                caseId,
                heldOn,
                risk,
                actors,
                resources,
                manageable,
                workloadNote,
                obstacles,
                recorded);
    }
}
