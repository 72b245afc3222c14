package se.traden.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.traden.people.PersonalNumbersInText;
import se.traden.shared.FieldViolation;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;

/**
 * A case or concern kept whatever the retention rules say: placed with a reason (a legal matter, a
 * request for the file, an inquiry into the operation) by the coordinator, the group manager or the
 * administrator, and kept until someone of them releases it. The reason is about the matter and never
 * names a person; a personal identity number in it is refused.
 */
record Hold(
        UUID id,
        UUID municipalityId,
        HeldRecord recordType,
        UUID recordId,
        String reference,
        String reason,
        Instant placedAt,
        UUID placedBy,
        FunctionType placedFunction,
        Instant releasedAt,
        FunctionType releasedFunction,
        long version) {
    static final int MAX_REASON = 2000;

    /** The kinds of record a hold can be placed on. */
    enum HeldRecord {
        CASE,
        CONCERN;

        public String messageKey() {
            return "retention.held." + name();
        }
    }

    public boolean active() {
        return releasedAt == null;
    }

    /** What a hold is asked to be placed with, before the record is looked up by its number. */
    record Request(HeldRecord recordType, String reference, String reason) {}

    /**
     * Checks a request whole (every broken rule at once) and returns the reason as it is kept; the record
     * itself is looked up by the service.
     */
    static String checked(Request request, LocalDate today) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.recordType() == null) {
            violations.add(FieldViolation.of("recordType", "required"));
        }
        if (request.reference() == null || request.reference().isBlank()) {
            violations.add(FieldViolation.of("reference", "required"));
        }
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty()) {
            violations.add(FieldViolation.of("reason", "required"));
        } else if (reason.length() > MAX_REASON) {
            violations.add(FieldViolation.of("reason", "too-long", MAX_REASON));
        } else if (PersonalNumbersInText.foundIn(reason, today)) {
            violations.add(FieldViolation.of("reason", "retention.identity-number"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return reason;
    }

    static Hold place(
            UUID municipality,
            HeldRecord type,
            UUID recordId,
            String reference,
            String reason,
            UUID by,
            FunctionType function,
            Instant at) {
        return new Hold(
                UUID.randomUUID(), municipality, type, recordId, reference, reason, at, by, function, null, null, 0);
    }

    Hold release(long expectedVersion, FunctionType function, Instant at) {
        if (!active()) {
            throw new RuleViolationException("retention.hold-released", null, null);
        }
        return new Hold(
                id,
                municipalityId,
                recordType,
                recordId,
                reference,
                reason,
                placedAt,
                placedBy,
                placedFunction,
                at,
                function,
                expectedVersion + 1);
    }
}
