package se.traden.collaboration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

    /** A date and time as a browser's datetime-local field sends it, in the municipality's zone. */
    static Instant dateTime(String value, ZoneId zone) {
        try {
            return blank(value)
                    ? null
                    : LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String dateTimeValue(Instant instant, ZoneId zone) {
        return instant == null
                ? null
                : LocalDateTime.ofInstant(instant, zone)
                        .withSecond(0)
                        .withNano(0)
                        .toString();
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return blank(value) ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static <E extends Enum<E>> Set<E> choices(Class<E> type, List<String> values) {
        Set<E> chosen = EnumSet.noneOf(type);
        if (values != null) {
            for (String value : values) {
                E e = choice(type, value);
                if (e != null) {
                    chosen.add(e);
                }
            }
        }
        return chosen;
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

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
