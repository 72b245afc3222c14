package se.traden.retention;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The birth date a twelve-digit personal identity or co-ordination number states (day plus 60 in the latter). */
final class BirthDates {
    private BirthDates() {}

    static LocalDate ofNumber(String number) {
        if (number == null || !number.matches("[0-9]{12}")) {
            return null;
        }
        int day = Integer.parseInt(number.substring(6, 8));
        try {
            return LocalDate.of(
                    Integer.parseInt(number.substring(0, 4)),
                    Integer.parseInt(number.substring(4, 6)),
                    day > 60 ? day - 60 : day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
