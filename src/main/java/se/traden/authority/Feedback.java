package se.traden.authority;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The case manager's structured feedback to the case officer: what they have observed, the needs they
 * have discovered, and what they suggest. It is how the case manager bridges the case and the
 * investigation; the case officer reads it on the investigation page.
 */
record Feedback(
        UUID id,
        UUID investigationId,
        LocalDate givenOn,
        String observations,
        String needs,
        String suggestions,
        UUID givenBy,
        Instant recordedAt) {

    record NewFeedback(LocalDate givenOn, String observations, String needs, String suggestions) {}

    static Feedback give(UUID investigationId, NewFeedback input, LocalDate today, By by) {
        var v = new Violations();
        LocalDate on = v.required("givenOn", input.givenOn());
        if (on != null && on.isAfter(today)) {
            v.add("givenOn", "investigation.date-in-future");
        }
        String observations = v.text("observations", input.observations(), Violations.LONG);
        String needs = v.optional("needs", input.needs(), Violations.LONG);
        String suggestions = v.optional("suggestions", input.suggestions(), Violations.LONG);
        v.throwIfAny();
        return new Feedback(
                UUID.randomUUID(), investigationId, on, observations, needs, suggestions, by.staffId(), by.at());
    }
}
