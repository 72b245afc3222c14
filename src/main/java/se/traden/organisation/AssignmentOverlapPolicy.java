package se.traden.organisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import se.traden.shared.RuleViolationException;

/**
 * A person holds a given function at most once at a time: a second, overlapping assignment of the
 * same person to the same function would make their history ambiguous. (Several people may hold the
 * same function at once, and one person several functions.)
 */
final class AssignmentOverlapPolicy {
    private AssignmentOverlapPolicy() {}

    /** The existing assignment the new period collides with, if any. */
    static Optional<Assignment> collision(
            Collection<Assignment> sameStaffSameFunction, LocalDate validFrom, LocalDate validTo) {
        return sameStaffSameFunction.stream()
                .filter(existing -> existing.overlaps(validFrom, validTo))
                .findFirst();
    }

    static void refuseOverlap(Collection<Assignment> sameStaffSameFunction, LocalDate validFrom, LocalDate validTo) {
        collision(sameStaffSameFunction, validFrom, validTo).ifPresent(existing -> {
            throw new RuleViolationException(
                    "organisation.assignment-overlaps",
                    "validFrom",
                    null,
                    existing.validFrom(),
                    existing.validTo() == null ? "–" : existing.validTo());
        });
    }
}
