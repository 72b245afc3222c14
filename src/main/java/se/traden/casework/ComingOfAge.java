package se.traden.casework;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The 18th birthday is a transition where support gets lost: the child becomes an adult in law, the
 * services for children end and consent is the young person's own. A case flags it ahead of time, from
 * the date of birth, so that the case manager can plan the transition while there is time.
 */
final class ComingOfAge {
    static final int ADULT_AGE = 18;

    private ComingOfAge() {}

    /** The 18th birthday when it falls between today and the horizon; empty otherwise or unknown. */
    static Optional<LocalDate> flag(LocalDate dateOfBirth, LocalDate today, Period horizon) {
        if (dateOfBirth == null) {
            return Optional.empty();
        }
        LocalDate eighteenth = dateOfBirth.plusYears(ADULT_AGE);
        if (eighteenth.isBefore(today) || eighteenth.isAfter(today.plus(horizon))) {
            return Optional.empty();
        }
        return Optional.of(eighteenth);
    }
}
