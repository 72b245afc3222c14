package se.traden.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.traden.people.InvalidPersonalIdentityNumberException;
import se.traden.people.PersonalIdentityNumber;
import se.traden.people.PersonalNumbersInText;

/**
 * Property tests of the personal-number parser and its friends: whatever is typed, the only refusal is
 * the module's own {@link InvalidPersonalIdentityNumberException}; every valid number, in every form it
 * may be typed in, reads back to the same twelve digits.
 */
class PersonalNumberFuzzTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final int INPUTS = Hostile.budget("traden.fuzz.personal-number.inputs", 50_000);

    @Test
    void arbitraryInputIsReadOrRefusedWithTheModulesOwnException() {
        Hostile hostile = Hostile.seeded();
        int read = 0;
        for (int i = 0; i < INPUTS; i++) {
            String input = switch (hostile.nextInt(4)) {
                case 0 -> hostile.string();
                case 1 -> hostile.digitsAndSeparators(6 + hostile.nextInt(10));
                case 2 -> mutated(hostile, validNumber(hostile).typed);
                default -> hostile.anyCodePoints(hostile.nextInt(20));
            };
            LocalDate today = hostile.chance(10) ? randomDay(hostile) : TODAY;
            try {
                PersonalIdentityNumber number = PersonalIdentityNumber.parse(input, today);
                read++;
                assertThat(PersonalIdentityNumber.parse(number.formatted(), today))
                        .as("a number read reads again from its displayed form (seed %d)", hostile.seed)
                        .isEqualTo(number);
                assertThat(PersonalIdentityNumber.ofStored(number.value())).isEqualTo(number);
                assertThat(number.toString()).isEqualTo(number.value().substring(0, 8) + "-****");
            } catch (InvalidPersonalIdentityNumberException expected) {
                if (input.strip().length() >= 10) {
                    assertThat(expected.getMessage())
                            .as("the refused input stays out of the message")
                            .doesNotContain(input.strip());
                }
            } catch (RuntimeException e) {
                fail("parse(\"%s\") threw %s (seed %d)".formatted(escape(input), e, hostile.seed), e);
            }
            assertStoredFormNeverThrowsAnythingElse(hostile, input);
            assertTextScanNeverThrows(hostile, input, today);
        }
        System.out.printf(
                "Personal-number fuzz: %d inputs tried, %d read as numbers, seed %d%n", INPUTS, read, hostile.seed);
        assertThat(read).as("mutations of valid numbers sometimes stay valid").isPositive();
    }

    @Test
    void everyValidNumberRoundTripsInEveryFormItMayBeTypedIn() {
        Hostile hostile = Hostile.seeded();
        for (int i = 0; i < INPUTS / 5; i++) {
            Generated generated = validNumber(hostile);
            PersonalIdentityNumber number;
            try {
                number = PersonalIdentityNumber.parse(generated.typed, TODAY);
            } catch (InvalidPersonalIdentityNumberException e) {
                throw new AssertionError(
                        "a valid number was refused: %s (%s, seed %d)"
                                .formatted(generated.typed, e.code(), hostile.seed),
                        e);
            }
            assertThat(number.value()).as(generated.typed).isEqualTo(generated.twelveDigits);
            assertThat(number.dateOfBirth()).as(generated.typed).isEqualTo(generated.born);
            assertThat(number.isCoordinationNumber()).as(generated.typed).isEqualTo(generated.coordination);
            assertThat(number.formatted())
                    .isEqualTo(generated.twelveDigits.substring(0, 8) + "-" + generated.twelveDigits.substring(8));
            assertThat(PersonalIdentityNumber.parse(number.formatted(), TODAY)).isEqualTo(number);
            assertThat(PersonalIdentityNumber.ofStored(number.value())).isEqualTo(number);
            assertThat(PersonalNumbersInText.foundIn("Om barnet " + generated.typed + " i skolan.", TODAY))
                    .as("a valid number in a text is found: %s", generated.typed)
                    .isTrue();
        }
        System.out.printf("Personal-number round trips: %d valid numbers, seed %d%n", INPUTS / 5, hostile.seed);
    }

    @Test
    void aWrongCheckDigitIsAlwaysRefused() {
        Hostile hostile = Hostile.seeded();
        for (int i = 0; i < INPUTS / 10; i++) {
            Generated generated = validNumber(hostile);
            String typed = generated.twelveDigits;
            int wrong = (typed.charAt(11) - '0' + 1 + hostile.nextInt(9)) % 10;
            String mistyped = typed.substring(0, 11) + wrong;
            try {
                PersonalIdentityNumber.parse(mistyped, TODAY);
                fail("a wrong check digit was accepted: " + mistyped);
            } catch (InvalidPersonalIdentityNumberException expected) {
                assertThat(expected.code()).isEqualTo("personal-number.wrong-check-digit");
            }
        }
    }

    private static void assertStoredFormNeverThrowsAnythingElse(Hostile hostile, String input) {
        try {
            PersonalIdentityNumber.ofStored(input);
        } catch (InvalidPersonalIdentityNumberException expected) {
            // refused as it should be
        } catch (RuntimeException e) {
            fail("ofStored(\"%s\") threw %s (seed %d)".formatted(escape(input), e, hostile.seed), e);
        }
    }

    private static void assertTextScanNeverThrows(Hostile hostile, String input, LocalDate today) {
        try {
            PersonalNumbersInText.foundIn("Text före " + input + " och efter", today);
        } catch (RuntimeException e) {
            fail("foundIn(\"%s\") threw %s (seed %d)".formatted(escape(input), e, hostile.seed), e);
        }
    }

    record Generated(String typed, String twelveDigits, LocalDate born, boolean coordination) {}

    /** A valid number of someone born between 1900 and today, typed in one of the accepted forms. */
    static Generated validNumber(Hostile hostile) {
        long first = LocalDate.of(1900, 1, 1).toEpochDay();
        LocalDate born = LocalDate.ofEpochDay(first + Math.floorMod(hostile.nextLong(), TODAY.toEpochDay() - first));
        boolean coordination = hostile.chance(20);
        int writtenDay = born.getDayOfMonth() + (coordination ? 60 : 0);
        String date = "%04d%02d%02d".formatted(born.getYear(), born.getMonthValue(), writtenDay);
        String serial = "%03d".formatted(1 + hostile.nextInt(999));
        String check = String.valueOf(luhn(date.substring(2) + serial));
        String twelve = date + serial + check;
        boolean hundredOrOlder = !born.plusYears(100).isAfter(TODAY);
        String shortDate = date.substring(2);
        String typed = switch (hostile.nextInt(4)) {
            case 0 -> date + "-" + serial + check;
            case 1 -> twelve;
            case 2 -> shortDate + (hundredOrOlder ? "+" : "-") + serial + check;
            default -> hundredOrOlder ? shortDate + "+" + serial + check : shortDate + serial + check;
        };
        if (hostile.chance(10)) {
            typed = "  " + typed + "\t";
        }
        return new Generated(typed, twelve, born, coordination);
    }

    private static String mutated(Hostile hostile, String valid) {
        var text = new StringBuilder(valid);
        int edits = 1 + hostile.nextInt(3);
        for (int e = 0; e < edits && !text.isEmpty(); e++) {
            int at = hostile.nextInt(text.length());
            switch (hostile.nextInt(4)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, hostile.digitsAndSeparators(1));
                case 2 -> text.setCharAt(at, hostile.digitsAndSeparators(1).charAt(0));
                default -> text.setCharAt(at, (char) ('0' + hostile.nextInt(10)));
            }
        }
        return text.toString();
    }

    private static LocalDate randomDay(Hostile hostile) {
        return LocalDate.ofEpochDay(
                Math.floorMod(hostile.nextLong(), LocalDate.of(2200, 1, 1).toEpochDay()));
    }

    private static int luhn(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }
        return (10 - sum % 10) % 10;
    }

    private static String escape(String input) {
        var text = new StringBuilder();
        input.codePoints().limit(200).forEach(cp -> {
            if (cp < 0x20 || cp > 0x7E) {
                text.append("\\u{").append(Integer.toHexString(cp)).append('}');
            } else {
                text.appendCodePoint(cp);
            }
        });
        return text.toString();
    }
}
