package se.traden.casework;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One line of a case's history. Never changed once written. */
public record CaseEvent(
        String type, Instant at, UUID staffId, String actingFunction, String reason, Map<String, Object> details) {

    public CaseEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public String messageKey() {
        return "case-event." + type;
    }
}
