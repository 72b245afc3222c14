package se.traden.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.traden.support.TestNumbers;

/** Texts about the process are refused when they carry a personal identity number, and only then. */
class PersonalNumbersInTextTest {
    static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Barnet 20100101-1236 fick vänta",
                "gäller 100101-1236",
                "gäller 100101+1236 som är gammal",
                "gäller 201001011236.",
                "gäller 1001011236 enligt skolan",
                "samordningsnummer 100161-1233",
                // a number with a wrong check digit still points at someone when written as a number
                "gäller 100101-1239",
                "gäller 20100101 1239"
            })
    void refusesTextWithAPersonalIdentityNumber(String text) {
        assertThat(PersonalNumbersInText.foundIn(text, TODAY)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ring mottagningen på 0701234567",
                "Återkopplingen dröjde 14 dagar, möte 2026-03-01 kl 10.00",
                "Diarienummer SN 2026/1234",
                "Kostnaden var 100000-2000 kronor",
                ""
            })
    void letsProcessTextThrough(String text) {
        assertThat(PersonalNumbersInText.foundIn(text, TODAY)).as(text).isFalse();
    }

    @Test
    void refusesTheNumbersTheTestsRegister() {
        assertThat(PersonalNumbersInText.foundIn("Se " + TestNumbers.child(), TODAY))
                .isTrue();
    }
}
