package se.traden.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.traden.people.PersonalIdentityNumber;

/** Generated numbers are valid, carry the date of birth and the sex, and never repeat in a run. */
class PersonalNumbersTest {

    @Test
    void numbersAreValidUniqueAndCarryBirthAndSex() {
        var numbers = new PersonalNumbers();
        var dice = new Dice(42);
        LocalDate born = LocalDate.of(2012, 2, 29);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            boolean female = i % 2 == 0;
            String number = numbers.next(born, female, dice);
            PersonalIdentityNumber parsed = PersonalIdentityNumber.parse(number, LocalDate.of(2026, 11, 22));
            assertThat(parsed.dateOfBirth()).isEqualTo(born);
            assertThat(parsed.isCoordinationNumber()).isFalse();
            assertThat((number.charAt(10) - '0') % 2).as(number).isEqualTo(female ? 0 : 1);
            assertThat(seen.add(number)).as("repeated " + number).isTrue();
        }
    }

    @Test
    void theSameSeedDrawsTheSameNumbers() {
        LocalDate born = LocalDate.of(2010, 6, 1);
        var first = new PersonalNumbers().next(born, true, new Dice(7));
        var second = new PersonalNumbers().next(born, true, new Dice(7));

        assertThat(second).isEqualTo(first);
    }
}
