package se.traden.disclosure;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import se.traden.shared.MunicipalityId;

/**
 * Where the ledger learns a registered person's date of birth, to check the age limit of 18 a § on
 * the day of the disclosure.
 *
 * <p>The hook for the people module: it keeps {@code person.date_of_birth} and provides a bean of
 * this type. Until one exists, the ledger relies on the date of birth or age given with the
 * disclosure; a registered date of birth, once available, takes precedence over both.
 */
public interface PersonBirthDates {

    Optional<LocalDate> dateOfBirth(MunicipalityId municipality, UUID personId);
}
