package se.traden.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** When things happen: professionals work weekdays in office hours; worries also come in the evening. */
final class Moments {
    private static final LocalTime OPENS = LocalTime.of(8, 0);
    private static final int WORKING_MINUTES = 8 * 60 + 30;

    private final ZoneId zone;

    Moments(ZoneId zone) {
        this.zone = zone;
    }

    /** A moment in office hours on the day, or on the next weekday when the day is a weekend. */
    Instant workingTime(LocalDate day, Dice dice) {
        LocalDate weekday = weekday(day);
        return weekday.atTime(OPENS.plusMinutes(dice.between(0, WORKING_MINUTES)))
                .atZone(zone)
                .toInstant();
    }

    /** A moment in office hours some time after {@code from}: between {@code min} and {@code max} later. */
    Instant after(Instant from, Duration min, Duration max, Dice dice) {
        long spread = Math.max(0, max.minus(min).toMinutes());
        Instant candidate = from.plus(min).plusSeconds(60L * (spread == 0 ? 0 : dice.between(0, (int) spread)));
        var local = candidate.atZone(zone);
        boolean inHours = !weekend(local.toLocalDate())
                && !local.toLocalTime().isBefore(OPENS)
                && local.toLocalTime().isBefore(OPENS.plusMinutes(WORKING_MINUTES));
        if (inHours) {
            return candidate;
        }
        LocalDate day = local.toLocalTime().isBefore(OPENS)
                ? local.toLocalDate()
                : local.toLocalDate().plusDays(1);
        Instant next = weekday(day)
                .atTime(OPENS.plusMinutes(dice.between(5, 90)))
                .atZone(zone)
                .toInstant();
        return next.isAfter(from) ? next : from.plus(Duration.ofMinutes(10));
    }

    /** Some days later, in office hours. */
    Instant daysAfter(Instant from, double min, double max, Dice dice) {
        return after(
                from,
                Duration.ofMinutes(Math.round(min * 24 * 60)),
                Duration.ofMinutes(Math.round(max * 24 * 60)),
                dice);
    }

    /** An evening moment on the day (out of office hours), for acute worries. */
    Instant evening(LocalDate day, Dice dice) {
        return day.atTime(LocalTime.of(17, 30).plusMinutes(dice.between(0, 300)))
                .atZone(zone)
                .toInstant();
    }

    LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    static LocalDate weekday(LocalDate day) {
        LocalDate d = day;
        while (weekend(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
