package se.traden.people;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid personal identity numbers for tests, each one handed out once per test run, so that tests
 * sharing the database never collide on the one-number-per-municipality rule.
 */
final class Numbers {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Numbers() {}

    /** A child born 2010–2019, as {@code YYYYMMDD-NNNN}. */
    static String child() {
        return number(LocalDate.of(2010, 1, 1), false);
    }

    /** A child's co-ordination number (day + 60), as {@code YYYYMMDD-NNNN}. */
    static String childCoordination() {
        return number(LocalDate.of(2010, 1, 1), true);
    }

    /** An adult born 1970–1979, as {@code YYYYMMDD-NNNN}. */
    static String adult() {
        return number(LocalDate.of(1970, 1, 1), false);
    }

    private static String number(LocalDate from, boolean coordination) {
        int n = NEXT.getAndIncrement();
        LocalDate born = from.plusDays(n / 999 % 3650);
        String serial = "%03d".formatted(n % 999 + 1);
        String date = "%04d%02d%02d"
                .formatted(born.getYear(), born.getMonthValue(), born.getDayOfMonth() + (coordination ? 60 : 0));
        String nine = date.substring(2) + serial;
        return date + "-" + serial + PersonalIdentityNumberTest.luhn(nine);
    }

    /** The date of birth a number (as handed out here) carries. */
    static LocalDate bornOf(String number) {
        int day = Integer.parseInt(number.substring(6, 8));
        return LocalDate.of(
                Integer.parseInt(number.substring(0, 4)),
                Integer.parseInt(number.substring(4, 6)),
                day > 60 ? day - 60 : day);
    }

    /** The number's short form {@code YYMMDD-NNNN}. */
    static String shortForm(String number) {
        return number.substring(2);
    }
}
