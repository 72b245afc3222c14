package se.traden.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import se.traden.people.InvalidPersonalIdentityNumberException.Reason;

class PersonalIdentityNumberTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @ParameterizedTest
    @ValueSource(strings = {"19121212-1212", "191212121212", "  19121212-1212 ", "121212+1212"})
    void readsAPersonalIdentityNumberInItsUsualForms(String input) {
        var number = PersonalIdentityNumber.parse(input, TODAY);

        assertThat(number.value()).isEqualTo("191212121212");
        assertThat(number.formatted()).isEqualTo("19121212-1212");
        assertThat(number.dateOfBirth()).isEqualTo(LocalDate.of(1912, 12, 12));
        assertThat(number.isCoordinationNumber()).isFalse();
    }

    @Test
    void aShortFormWithAHyphenIsSomeoneUnderAHundred() {
        assertThat(PersonalIdentityNumber.parse("121212-1212", TODAY).dateOfBirth())
                .isEqualTo(LocalDate.of(2012, 12, 12));
        assertThat(PersonalIdentityNumber.parse("1212121212", TODAY).value()).isEqualTo("201212121212");
    }

    @Test
    void aShortFormWithAPlusIsSomeoneAHundredOrOlder() {
        var number = PersonalIdentityNumber.parse("121212+1212", TODAY);

        assertThat(number.value()).isEqualTo("191212121212");
        assertThat(number.formatted()).isEqualTo("19121212-1212");
    }

    @Test
    void aShortFormDatedLaterThisYearBelongsToTheCenturyBefore() {
        String serial = "123";
        String tenFirst = "261224" + serial; // 24 December 2026 is after TODAY
        String input = "261224-" + serial + luhn(tenFirst);

        assertThat(PersonalIdentityNumber.parse(input, TODAY).dateOfBirth()).isEqualTo(LocalDate.of(1926, 12, 24));
        assertThat(PersonalIdentityNumber.parse(input, LocalDate.of(2026, 12, 24))
                        .dateOfBirth())
                .isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void readsACoordinationNumberAndItsDateOfBirth() {
        String nine = "100375" + "239"; // born 15 March 2010, day + 60
        String input = "20" + nine.substring(0, 6) + "-" + nine.substring(6) + luhn(nine);

        var number = PersonalIdentityNumber.parse(input, TODAY);

        assertThat(number.isCoordinationNumber()).isTrue();
        assertThat(number.dateOfBirth()).isEqualTo(LocalDate.of(2010, 3, 15));
        assertThat(number.value()).isEqualTo("20100375239" + luhn(nine));
        assertThat(number.formatted()).isEqualTo("20100375-239" + luhn(nine));
    }

    @Test
    void readsALeapDayOnlyInALeapYear() {
        assertThat(PersonalIdentityNumber.parse(valid("20000229", "123"), TODAY).dateOfBirth())
                .isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(reasonFor(valid("19000229", "123"))).isEqualTo(Reason.INVALID_DATE);
        // the short form takes its century before the date is checked
        assertThat(PersonalIdentityNumber.parse(valid("20000229", "123").substring(2), TODAY)
                        .dateOfBirth())
                .isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "abc",
                "19121212--1212",
                "1912121212121",
                "191212121",
                "19121212+1212",
                "121212 1212",
                "19121212_1212",
                "T9121212-1212",
                "121212-R212",
                "١٢١٢١٢-١٢١٢",
                "12121212",
                "1212121212+"
            })
    void refusesWhatIsNotShapedLikeANumber(String input) {
        assertThat(reasonFor(input)).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void refusesTheSerialNumberZeroWhichIsNeverIssued() {
        assertThat(reasonFor(valid("20121212", "000"))).isEqualTo(Reason.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"20230231", "20231301", "20230100", "20230001", "20230291", "20230432", "20230455"})
    void refusesADateThatIsNotInTheCalendar(String date) {
        assertThat(reasonFor(valid(date, "123"))).isEqualTo(Reason.INVALID_DATE);
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertThat(reasonFor("19121212-1213")).isEqualTo(Reason.WRONG_CHECK_DIGIT);
        assertThat(reasonFor("121212-1219")).isEqualTo(Reason.WRONG_CHECK_DIGIT);
    }

    @Test
    void refusesADateOfBirthInTheFuture() {
        assertThat(reasonFor(valid("20260616", "123"))).isEqualTo(Reason.IN_FUTURE);
        assertThat(reasonFor(valid("21000101", "123"))).isEqualTo(Reason.IN_FUTURE);
        assertThat(PersonalIdentityNumber.parse(valid("20260615", "123"), TODAY).dateOfBirth())
                .isEqualTo(TODAY);
    }

    @Test
    void eachReasonHasItsOwnCode() {
        assertThat(Reason.MALFORMED.code()).isEqualTo("personal-number.malformed");
        assertThat(Reason.INVALID_DATE.code()).isEqualTo("personal-number.invalid-date");
        assertThat(Reason.WRONG_CHECK_DIGIT.code()).isEqualTo("personal-number.wrong-check-digit");
        assertThat(Reason.IN_FUTURE.code()).isEqualTo("personal-number.in-future");
    }

    @Test
    void aStoredNumberComesBackEqualAndAMaskedToStringHidesTheSerial() {
        var number = PersonalIdentityNumber.parse("121212-1212", TODAY);
        var stored = PersonalIdentityNumber.ofStored(number.value());

        assertThat(stored).isEqualTo(number).hasSameHashCodeAs(number);
        assertThat(stored.toString()).isEqualTo("20121212-****").doesNotContain("1212121212");
        assertThatThrownBy(() -> PersonalIdentityNumber.ofStored("20121212-1212"))
                .isInstanceOf(InvalidPersonalIdentityNumberException.class);
    }

    /** Many generated valid numbers, written in every accepted form, all read back to the same number. */
    @Test
    void everyGeneratedValidNumberIsReadInEveryForm() {
        Random random = new Random(20260615L);
        LocalDate earliest = TODAY.minusYears(199);
        long span = TODAY.toEpochDay() - earliest.toEpochDay();
        for (int i = 0; i < 20_000; i++) {
            LocalDate born = LocalDate.ofEpochDay(earliest.toEpochDay() + (long) (random.nextDouble() * span));
            boolean coordination = random.nextBoolean();
            String serial = "%03d".formatted(1 + random.nextInt(999));
            String date = "%04d%02d%02d"
                    .formatted(born.getYear(), born.getMonthValue(), born.getDayOfMonth() + (coordination ? 60 : 0));
            String nine = date.substring(2) + serial;
            String twelve = date + serial + luhn(nine);
            boolean hundredOrOlder = !born.isAfter(TODAY.minusYears(100));
            String shortSep = hundredOrOlder ? "+" : (random.nextBoolean() ? "-" : "");

            for (String input : new String[] {
                twelve,
                date + "-" + serial + luhn(nine),
                nine.substring(0, 6) + shortSep + serial + luhn(nine),
                " " + twelve + "  "
            }) {
                if (hundredOrOlder && !input.contains("+") && input.strip().length() < 12) {
                    continue;
                }
                var number = PersonalIdentityNumber.parse(input, TODAY);
                assertThat(number.value()).as(input).isEqualTo(twelve);
                assertThat(number.dateOfBirth()).as(input).isEqualTo(born);
                assertThat(number.isCoordinationNumber()).as(input).isEqualTo(coordination);
            }
            int wrong = (luhn(nine) + 1 + random.nextInt(9)) % 10;
            assertThat(reasonFor(date + serial + wrong)).isEqualTo(Reason.WRONG_CHECK_DIGIT);
        }
    }

    /** Whatever is typed, the parser answers with a number or with its own refusal, never anything else. */
    @Test
    void theParserThrowsNothingButItsOwnRefusal() {
        Random random = new Random(42L);
        String alphabet = "0123456789012345678901234567890123456789-+ TRSUWXJKLMNabc\t\n١٢٣\u00a0/.";
        int accepted = 0;
        for (int i = 0; i < 100_000; i++) {
            int length = random.nextInt(16);
            StringBuilder input = new StringBuilder(length);
            for (int j = 0; j < length; j++) {
                input.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Throwable thrown = catchThrowable(() -> PersonalIdentityNumber.parse(input.toString(), TODAY));
            if (thrown == null) {
                accepted++;
            } else {
                assertThat(thrown)
                        .as(input.toString())
                        .isExactlyInstanceOf(InvalidPersonalIdentityNumberException.class);
            }
        }
        // and the same for digit strings of every plausible length, which pass the shape far more often
        for (int i = 0; i < 100_000; i++) {
            String digits = Long.toString(Math.abs(random.nextLong())).substring(0, 10 + random.nextInt(3));
            Throwable thrown = catchThrowable(() -> PersonalIdentityNumber.parse(digits, TODAY));
            if (thrown == null) {
                accepted++;
            } else {
                assertThat(thrown).as(digits).isExactlyInstanceOf(InvalidPersonalIdentityNumberException.class);
            }
        }
        assertThat(accepted).isPositive();
    }

    private static Reason reasonFor(String input) {
        Throwable thrown = catchThrowable(() -> PersonalIdentityNumber.parse(input, TODAY));
        assertThat(thrown).as(input).isExactlyInstanceOf(InvalidPersonalIdentityNumberException.class);
        return ((InvalidPersonalIdentityNumberException) thrown).reason();
    }

    /** A twelve-digit number on the given written date (YYYYMMDD) and serial, with its right check digit. */
    static String valid(String writtenDate, String serial) {
        return writtenDate + serial + luhn(writtenDate.substring(2) + serial);
    }

    /** Luhn over the nine digits YYMMDDNNN, written independently of the production code. */
    static int luhn(String nine) {
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int d = Character.digit(nine.charAt(i), 10);
            int weighted = i % 2 == 0 ? d * 2 : d;
            sum += weighted / 10 + weighted % 10;
        }
        return (10 - sum % 10) % 10;
    }
}
