package se.traden.collaboration;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * One contact of the case manager with the child, the family or the network: when, how, with whom, and
 * a short note. Written once; the log of contacts is the intensity of the case over time.
 */
record Contact(
        UUID id,
        UUID municipalityId,
        UUID caseId,
        Instant occurredAt,
        ContactKind kind,
        Set<ContactParty> withWhom,
        String withWhomDetail,
        UUID personId,
        String note,
        Recorded recorded) {

    Contact {
        withWhom = withWhom.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(withWhom));
    }

    /** The input of a contact, as the form or the API gives it. */
    record NewContact(
            Instant occurredAt,
            ContactKind kind,
            Set<ContactParty> withWhom,
            String withWhomDetail,
            UUID personId,
            String note) {}

    /** Validates everything at once; a contact lies between the case's opening and now. */
    static Contact record(
            UUID municipalityId, UUID caseId, NewContact input, Instant openingDayStart, Recorded recorded) {
        var v = new Violations();
        Instant at = v.required("occurredAt", input.occurredAt());
        if (at != null && at.isAfter(recorded.at())) {
            v.add("occurredAt", "contact.in-future");
        } else if (at != null && at.isBefore(openingDayStart)) {
            v.add("occurredAt", "contact.before-opening");
        }
        ContactKind kind = v.required("kind", input.kind());
        Set<ContactParty> parties = input.withWhom() == null ? Set.of() : input.withWhom();
        if (parties.isEmpty()) {
            v.add("withWhom", "contact.with-whom-required");
        }
        String detail = v.optional("withWhomDetail", input.withWhomDetail(), Violations.SHORT);
        if (detail == null && parties.stream().anyMatch(ContactParty::needsDetail)) {
            v.add("withWhomDetail", "contact.detail-required");
        }
        String note = v.text("note", input.note(), Violations.NOTE);
        v.throwIfAny();
        return new Contact(
                UUID.randomUUID(), municipalityId, caseId, at, kind, parties, detail, input.personId(), note, recorded);
    }
}
