package se.traden.people;

import dev.personnummer.Options;
import dev.personnummer.Personnummer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.traden.people.InvalidPersonalIdentityNumberException.Reason;

/**
 * A Swedish personal identity number (personnummer) or co-ordination number (samordningsnummer).
 *
 * <p>Accepts what people type: {@code YYYYMMDD-NNNN}, {@code YYYYMMDDNNNN}, {@code YYMMDD-NNNN},
 * {@code YYMMDDNNNN} and {@code YYMMDD+NNNN} (the plus marks someone aged 100 or more), with spaces
 * around it trimmed. The short forms take their century from the date they are read on: the latest
 * date not in the future, a hundred years earlier with a plus. Stored as twelve digits
 * {@code YYYYMMDDNNNN}, shown as {@code YYYYMMDD-NNNN}. A co-ordination number carries the day of
 * birth plus 60.
 *
 * <p>Every refusal is an {@link InvalidPersonalIdentityNumberException} with its reason; nothing else
 * escapes the parser. {@link #toString()} masks the last four digits so that a number never ends up
 * whole in a log line by accident.
 */
public final class PersonalIdentityNumber {
    private static final Pattern SHAPE = Pattern.compile(
            "(?<century>\\d{2})?(?<yy>\\d{2})(?<mm>\\d{2})(?<dd>\\d{2})(?<sep>[-+])?(?<serial>\\d{3})(?<check>\\d)");
    private static final Pattern STORED = Pattern.compile("\\d{12}");
    private static final int MAX_INPUT = 40;
    private static final int COORDINATION_DAY_OFFSET = 60;
    private static final Options LIBRARY_OPTIONS = new Options(true);

    private final String digits;
    private final LocalDate dateOfBirth;
    private final boolean coordinationNumber;

    private PersonalIdentityNumber(String digits, LocalDate dateOfBirth, boolean coordinationNumber) {
        this.digits = digits;
        this.dateOfBirth = dateOfBirth;
        this.coordinationNumber = coordinationNumber;
    }

    /**
     * Reads a number as typed, on the given day (which decides the century of the short forms and
     * what counts as the future).
     */
    public static PersonalIdentityNumber parse(String input, LocalDate today) {
        if (today == null) {
            throw new IllegalArgumentException("today is needed to read a personal identity number");
        }
        return read(input, today, true);
    }

    /** Restores a number stored as twelve digits; it was validated when it was first read. */
    public static PersonalIdentityNumber ofStored(String twelveDigits) {
        if (twelveDigits == null || !STORED.matcher(twelveDigits).matches()) {
            throw new InvalidPersonalIdentityNumberException(Reason.MALFORMED);
        }
        return read(twelveDigits, LocalDate.MAX, false);
    }

    private static PersonalIdentityNumber read(String input, LocalDate today, boolean refuseFuture) {
        String text = input == null ? "" : input.strip();
        Matcher m = text.length() > MAX_INPUT ? null : SHAPE.matcher(text);
        if (m == null || !m.matches()) {
            throw new InvalidPersonalIdentityNumberException(Reason.MALFORMED);
        }
        String century = m.group("century");
        String sep = m.group("sep");
        if (century != null && "+".equals(sep)) {
            // A full year already says the age; a plus beside it contradicts or repeats it.
            throw new InvalidPersonalIdentityNumberException(Reason.MALFORMED);
        }
        String serial = m.group("serial");
        if ("000".equals(serial)) {
            throw new InvalidPersonalIdentityNumberException(Reason.MALFORMED);
        }
        int yy = Integer.parseInt(m.group("yy"));
        int month = Integer.parseInt(m.group("mm"));
        int writtenDay = Integer.parseInt(m.group("dd"));
        boolean coordination = writtenDay > COORDINATION_DAY_OFFSET;
        int day = coordination ? writtenDay - COORDINATION_DAY_OFFSET : writtenDay;

        int year = century != null
                ? Integer.parseInt(century) * 100 + yy
                : yearOfShortForm(yy, month, day, "+".equals(sep), today);
        if (month < 1 || month > 12 || day < 1 || !YearMonth.of(year, month).isValidDay(day)) {
            throw new InvalidPersonalIdentityNumberException(Reason.INVALID_DATE);
        }
        String tenDigits = m.group("yy") + m.group("mm") + m.group("dd") + serial;
        if (luhn(tenDigits) != m.group("check").charAt(0) - '0') {
            throw new InvalidPersonalIdentityNumberException(Reason.WRONG_CHECK_DIGIT);
        }
        LocalDate born = LocalDate.of(year, month, day);
        if (refuseFuture && born.isAfter(today)) {
            throw new InvalidPersonalIdentityNumberException(Reason.IN_FUTURE);
        }
        String normalised = "%04d%s%s%s%s".formatted(year, m.group("mm"), m.group("dd"), serial, m.group("check"));
        confirmWithLibrary(normalised);
        return new PersonalIdentityNumber(normalised, born, coordination);
    }

    /** The latest year ending in {@code yy} whose date is not after today; a century earlier with a plus. */
    private static int yearOfShortForm(int yy, int month, int day, boolean plus, LocalDate today) {
        int currentYear = today.getYear();
        int year = currentYear - Math.floorMod(currentYear - yy, 100);
        if (year == currentYear && month * 100 + day > today.getMonthValue() * 100 + today.getDayOfMonth()) {
            year -= 100;
        }
        return plus ? year - 100 : year;
    }

    /** The Luhn check digit of the nine digits YYMMDDNNN (in the first ten characters given). */
    static int luhn(String nineOrMoreDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = (nineOrMoreDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * The personnummer library is the reference implementation shared with other Swedish systems; our
     * own reading gives the precise reason, the library confirms the verdict. The twelve-digit form
     * keeps the library away from its own clock.
     */
    private static void confirmWithLibrary(String normalised) {
        try {
            Personnummer.parse(normalised, LIBRARY_OPTIONS);
        } catch (Exception e) {
            throw new InvalidPersonalIdentityNumberException(Reason.MALFORMED);
        }
    }

    /** Twelve digits, {@code YYYYMMDDNNNN}: the stored form. */
    public String value() {
        return digits;
    }

    /** {@code YYYYMMDD-NNNN}: the displayed form. */
    public String formatted() {
        return digits.substring(0, 8) + "-" + digits.substring(8);
    }

    public boolean isCoordinationNumber() {
        return coordinationNumber;
    }

    /** The date of birth; for a co-ordination number the written day minus 60. */
    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalIdentityNumber that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Masked: {@code YYYYMMDD-****}. Use {@link #formatted()} to show the number to a person. */
    @Override
    public String toString() {
        return digits.substring(0, 8) + "-****";
    }
}
