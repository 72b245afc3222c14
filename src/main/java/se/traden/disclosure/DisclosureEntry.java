package se.traden.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.traden.shared.FunctionType;

/**
 * One line of the ledger as it was written, never changed: who gave what kind of information to
 * whom, about whom, on which legal basis and after which balancing, decided by whom in which
 * function (and the decider's name today), and when. {@code correctedBy} lists the later entries that correct this one.
 */
public record DisclosureEntry(
        UUID id,
        Instant occurredAt,
        Instant recordedAt,
        Direction direction,
        UUID personId,
        DisclosureContext context,
        Party from,
        Party to,
        Set<InformationCategory> categories,
        LegalBasis basis,
        String balancing,
        boolean requestedByRecipient,
        boolean crimePreventionPurpose,
        UUID consentId,
        Integer subjectAge,
        UUID decidedByStaffId,
        String decidedByName,
        FunctionType decidedIn,
        String summary,
        UUID correctsEntryId,
        String correctionReason,
        List<UUID> correctedBy) {

    public DisclosureEntry {
        categories = Set.copyOf(categories);
        correctedBy = correctedBy == null ? List.of() : List.copyOf(correctedBy);
    }

    public boolean corrected() {
        return !correctedBy.isEmpty();
    }
}
