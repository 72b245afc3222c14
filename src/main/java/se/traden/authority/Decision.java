package se.traden.authority;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A decision taken in the investigation, as the case notes it: the day and what was decided. */
record Decision(
        UUID id, UUID investigationId, LocalDate decidedOn, String decision, UUID recordedBy, Instant recordedAt) {

    static Decision record(UUID investigationId, LocalDate decidedOn, String decision, LocalDate today, By by) {
        var v = new Violations();
        LocalDate on = v.required("decidedOn", decidedOn);
        if (on != null && on.isAfter(today)) {
            v.add("decidedOn", "investigation.date-in-future");
        }
        String text = v.text("decision", decision, Violations.NOTE);
        v.throwIfAny();
        return new Decision(UUID.randomUUID(), investigationId, on, text, by.staffId(), by.at());
    }
}
