package se.traden.followup;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;

/**
 * The days a picture covers, both ends included, in the municipality's time zone. Short periods are
 * followed week by week, longer ones month by month.
 */
public record Period(LocalDate from, LocalDate to) {
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    static final int LONGEST_YEARS = 5;
    static final int WEEKLY_UP_TO_DAYS = 183;

    public Period {
        List<FieldViolation> violations = new ArrayList<>();
        if (from == null) {
            violations.add(FieldViolation.of("from", "required"));
        }
        if (to == null) {
            violations.add(FieldViolation.of("to", "required"));
        }
        if (violations.isEmpty() && to.isBefore(from)) {
            violations.add(FieldViolation.of("to", "followup.period-reversed"));
        }
        if (violations.isEmpty() && from.plusYears(LONGEST_YEARS).isBefore(to)) {
            violations.add(FieldViolation.of("to", "followup.period-too-long"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** The twelve months up to and including the given day. */
    public static Period yearEndingOn(LocalDate day) {
        return new Period(day.minusYears(1).plusDays(1), day);
    }

    /**
     * The periods offered ready-made on the situation picture, by their message key, as of {@code today}:
     * the ones the nightly computation prepares (decision 0130).
     */
    static java.util.Map<String, Period> standard(LocalDate today) {
        LocalDate quarterStart =
                today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
        var periods = new java.util.LinkedHashMap<String, Period>();
        periods.put("followup.period.last-12-months", yearEndingOn(today));
        periods.put("followup.period.this-year", new Period(today.withDayOfYear(1), today));
        periods.put("followup.period.last-year", calendarYear(today.getYear() - 1));
        periods.put("followup.period.last-quarter", new Period(quarterStart.minusMonths(3), quarterStart.minusDays(1)));
        return periods;
    }

    public static Period calendarYear(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public Instant start() {
        return from.atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public Granularity granularity() {
        return days() <= WEEKLY_UP_TO_DAYS ? Granularity.WEEK : Granularity.MONTH;
    }

    /** The weeks (Monday first) or months the period touches, each cut to the period. */
    public List<Bucket> buckets() {
        List<Bucket> buckets = new ArrayList<>();
        LocalDate start = granularity() == Granularity.WEEK
                ? from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : from.withDayOfMonth(1);
        while (!start.isAfter(to)) {
            LocalDate next = granularity() == Granularity.WEEK ? start.plusWeeks(1) : start.plusMonths(1);
            LocalDate first = start.isBefore(from) ? from : start;
            LocalDate last = next.minusDays(1).isAfter(to) ? to : next.minusDays(1);
            buckets.add(new Bucket(start, first, last, granularity()));
            start = next;
        }
        return buckets;
    }

    public enum Granularity {
        WEEK,
        MONTH
    }

    /**
     * One week or month: {@code key} is its first day (a Monday or the 1st), {@code first}..{@code last}
     * the days of it inside the period.
     */
    public record Bucket(LocalDate key, LocalDate first, LocalDate last, Granularity granularity) {
        public Instant end() {
            return last.plusDays(1).atStartOfDay(ZONE).toInstant();
        }

        /** Swedish-style label: "v. 12 2026" or "2026-03". */
        public String label() {
            if (granularity == Granularity.WEEK) {
                int week = key.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                int year = key.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR);
                return "v. " + week + " " + year;
            }
            return key.toString().substring(0, 7);
        }
    }
}
