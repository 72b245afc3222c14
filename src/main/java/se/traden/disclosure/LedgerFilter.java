package se.traden.disclosure;

import java.time.LocalDate;
import java.util.UUID;
import se.traden.shared.InvalidInputException;

/**
 * Which ledger entries a reviewer asks for: about one person, within a period (days inclusive, in the
 * municipality's time zone), on one legal basis, in one matter. Every part is optional.
 */
public record LedgerFilter(UUID personId, LocalDate from, LocalDate to, LegalBasis basis, DisclosureContext context) {

    public LedgerFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.of("to", "disclosure.period-reversed");
        }
    }

    public static LedgerFilter all() {
        return new LedgerFilter(null, null, null, null, null);
    }
}
