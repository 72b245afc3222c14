package se.traden.people;

import java.time.LocalDate;
import java.util.Optional;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;

/**
 * Which dates of birth the register accepts.
 *
 * <ul>
 *   <li>Nobody is born in the future.
 *   <li>A child is plausibly a child: born at most {@value #CHILD_MAX_YEARS} years ago. Collaboration
 *       concerns children and young people (some secrecy-breaking provisions reach up to 21), so an
 *       older date is almost certainly a typing error and is refused with that explanation.
 * </ul>
 */
final class DateOfBirthPolicy {
    static final int CHILD_MAX_YEARS = 25;

    private DateOfBirthPolicy() {}

    /** The rejection of a child's date of birth, if it is not plausible; {@code field} names the input. */
    static Optional<FieldViolation> rejectionForChild(LocalDate born, LocalDate today, String field) {
        if (born.isAfter(today)) {
            return Optional.of(FieldViolation.of(field, "person.date-of-birth-in-future"));
        }
        if (born.isBefore(today.minusYears(CHILD_MAX_YEARS))) {
            return Optional.of(FieldViolation.of(field, "person.child-born-too-long-ago", CHILD_MAX_YEARS));
        }
        return Optional.empty();
    }

    static Optional<FieldViolation> rejectionForAdult(LocalDate born, LocalDate today, String field) {
        return born.isAfter(today)
                ? Optional.of(FieldViolation.of(field, "person.date-of-birth-in-future"))
                : Optional.empty();
    }

    static void requirePlausible(PersonKind kind, LocalDate born, LocalDate today, String field) {
        (kind == PersonKind.CHILD ? rejectionForChild(born, today, field) : rejectionForAdult(born, today, field))
                .ifPresent(violation -> {
                    throw new InvalidInputException(java.util.List.of(violation));
                });
    }
}
