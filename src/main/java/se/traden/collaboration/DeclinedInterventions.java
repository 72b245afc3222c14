package se.traden.collaboration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The case manager's note that the family declines every intervention except the case manager, from a
 * day until it is withdrawn. A signal for the coordinator: the case manager may be carrying the whole
 * need alone.
 */
record DeclinedInterventions(
        UUID id,
        UUID municipalityId,
        UUID caseId,
        LocalDate declaredOn,
        String note,
        UUID declaredBy,
        Instant declaredAt,
        LocalDate withdrawnOn) {

    static DeclinedInterventions declare(
            UUID municipalityId, UUID caseId, LocalDate on, String note, LocalDate today, Recorded by) {
        var v = new Violations();
        LocalDate day = v.required("declaredOn", on);
        if (day != null && day.isAfter(today)) {
            v.add("declaredOn", "group.date-in-future");
        }
        String text = v.optional("note", note, Violations.NOTE);
        v.throwIfAny();
        return new DeclinedInterventions(
                UUID.randomUUID(), municipalityId, caseId, day, text, by.staffId(), by.at(), null);
    }
}
