package se.traden.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a reporter sees of a concern they raised: what they sent, where it stands in broad terms, and
 * the feedback given to them. Never the gathered information, the assessment or the reasons of the
 * decision.
 */
public record ReporterView(
        UUID id,
        String reference,
        Instant receivedAt,
        String subjectName,
        boolean urgent,
        boolean handled,
        List<Feedback> feedback) {

    public record Feedback(Instant at, String text) {}
}
