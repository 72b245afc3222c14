package se.traden.casework;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;

/**
 * One emergency access to a case: who, in which function, why, and until when. It lets its holder read
 * the case (never change it) until it expires; the group manager reviews it afterwards.
 */
public record EmergencyAccess(
        UUID id,
        UUID municipalityId,
        UUID caseId,
        String caseReference,
        UUID staffId,
        FunctionType function,
        String reason,
        Instant grantedAt,
        Instant expiresAt,
        Instant reviewedAt,
        UUID reviewedBy,
        String reviewNote,
        long reads) {

    static final int REASON_MIN = 10;
    static final int REASON_MAX = 2000;

    static EmergencyAccess grant(
            UUID municipalityId,
            UUID caseId,
            UUID staffId,
            FunctionType function,
            String reason,
            Instant at,
            Duration lasts) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "required");
        }
        String stripped = reason.strip();
        // counted in characters as the database counts them (a letter outside the basic plane is one, not two)
        int length = stripped.codePointCount(0, stripped.length());
        if (length < REASON_MIN) {
            throw InvalidInputException.of("reason", "case.emergency-reason-too-short", REASON_MIN);
        }
        if (length > REASON_MAX) {
            throw InvalidInputException.of("reason", "too-long", REASON_MAX);
        }
        return new EmergencyAccess(
                UUID.randomUUID(),
                municipalityId,
                caseId,
                null,
                staffId,
                function,
                stripped,
                at,
                at.plus(lasts),
                null,
                null,
                null,
                0);
    }

    public boolean activeAt(Instant at) {
        return !at.isBefore(grantedAt) && at.isBefore(expiresAt);
    }

    public boolean reviewed() {
        return reviewedAt != null;
    }

    EmergencyAccess review(UUID by, String note, Instant at) {
        if (reviewed()) {
            throw new RuleViolationException("case.emergency-already-reviewed", null, null);
        }
        if (note != null && note.length() > REASON_MAX) {
            throw InvalidInputException.of("note", "too-long", REASON_MAX);
        }
        return new EmergencyAccess(
                id,
                municipalityId,
                caseId,
                caseReference,
                staffId,
                function,
                reason,
                grantedAt,
                expiresAt,
                at,
                by,
                note == null || note.isBlank() ? null : note.strip(),
                reads);
    }
}
