package se.traden.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * Something the municipality already knows about a child in Tråden, shown to the coordinator who is
 * finding out whether a new concern is about a known child: an ongoing activated collaboration with its
 * case manager, a recent decision to leave the matter with the line with the unit that took it, or
 * another concern still open.
 */
public record KnownConcern(
        UUID concernId,
        String reference,
        ConcernStatus status,
        Instant receivedAt,
        Instant decidedAt,
        UUID caseManagerId,
        String caseManagerName,
        String receivingUnit) {

    /** Structured individual collaboration is going on: the new concern belongs to that thread. */
    public boolean ongoingCase() {
        return status == ConcernStatus.ACTIVATED;
    }

    public boolean line() {
        return status == ConcernStatus.LINE;
    }

    public boolean open() {
        return status.isOpen();
    }
}
