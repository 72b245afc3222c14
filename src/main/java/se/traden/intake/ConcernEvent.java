package se.traden.intake;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One line of a concern's timeline: what happened, when, who did it in which function, why, and the
 * details that belong to it. Never changed once written.
 */
public record ConcernEvent(
        String type, Instant at, UUID staffId, String actingFunction, String reason, Map<String, Object> details) {

    public ConcernEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public String messageKey() {
        return "concern-event." + type;
    }
}
