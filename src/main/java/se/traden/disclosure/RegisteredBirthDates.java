package se.traden.disclosure;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.traden.people.PersonDirectory;
import se.traden.shared.MunicipalityId;

/** The registered date of birth from the person register, for the age limit of 18 a §. */
@Component
class RegisteredBirthDates implements PersonBirthDates {
    private final PersonDirectory people;

    RegisteredBirthDates(PersonDirectory people) {
        this.people = people;
    }

    @Override
    public Optional<LocalDate> dateOfBirth(MunicipalityId municipality, UUID personId) {
        return people.dateOfBirth(municipality, personId);
    }
}
