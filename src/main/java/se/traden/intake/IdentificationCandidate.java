package se.traden.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A registered child who may be the one a concern is about, as the coordinator sees them while
 * identifying: enough to recognise the child ({@code exact} when the personal number matched), and what
 * Tråden already knows about them, so that a known child joins their thread instead of starting a new
 * one.
 */
public record IdentificationCandidate(
        UUID personId,
        String fullName,
        String personalNumber,
        LocalDate dateOfBirth,
        boolean exact,
        List<KnownConcern> known) {

    public IdentificationCandidate {
        known = List.copyOf(known);
    }

    /** The child already has an activated collaboration going on. */
    public boolean hasOngoingCase() {
        return known.stream().anyMatch(KnownConcern::ongoingCase);
    }
}
