package se.traden.quality;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Reads what a form sent. A value that cannot be read counts as not given, and the rules say so. */
final class FormValues {
    private FormValues() {}

    static LocalDate date(String value) {
        try {
            return blank(value) ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return blank(value) ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Integer number(String value) {
        try {
            return blank(value) ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Boolean yesNo(String value) {
        return blank(value) ? null : Boolean.valueOf(value.strip());
    }

    static UUID id(String value) {
        try {
            return blank(value) ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static long version(String value) {
        try {
            return blank(value) ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
