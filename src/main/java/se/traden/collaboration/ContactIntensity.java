package se.traden.collaboration;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How many contacts a case had per ISO week, over the last weeks up to the current one, in the
 * municipality's time zone. Weeks without contacts count as zero: a gap is information too.
 */
public record ContactIntensity(List<Week> weeks) {
    /** How far back the intensity is shown. */
    static final int WEEKS = 26;

    public ContactIntensity {
        weeks = List.copyOf(weeks);
    }

    /** One ISO week: its Monday, its week-based year and number, and the contacts in it. */
    public record Week(LocalDate monday, int year, int number, int contacts) {
        public LocalDate sunday() {
            return monday.plusDays(6);
        }
    }

    /** The Monday of the first week shown when today is the given day. */
    static LocalDate firstMonday(LocalDate today) {
        return today.with(DayOfWeek.MONDAY).minusWeeks(WEEKS - 1L);
    }

    static ContactIntensity of(LocalDate today, Map<LocalDate, Integer> perMonday) {
        List<Week> weeks = new ArrayList<>();
        LocalDate monday = firstMonday(today);
        for (int i = 0; i < WEEKS; i++) {
            weeks.add(new Week(
                    monday,
                    monday.get(IsoFields.WEEK_BASED_YEAR),
                    monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    perMonday.getOrDefault(monday, 0)));
            monday = monday.plusWeeks(1);
        }
        return new ContactIntensity(weeks);
    }

    public int total() {
        return weeks.stream().mapToInt(Week::contacts).sum();
    }

    public int max() {
        return weeks.stream().mapToInt(Week::contacts).max().orElse(0);
    }

    /** The (latest) week with the most contacts, when there were any. */
    public Optional<Week> busiest() {
        return weeks.stream()
                .filter(w -> w.contacts() > 0)
                .max(Comparator.comparingInt(Week::contacts).thenComparing(Week::monday));
    }

    public int weeksWithoutContact() {
        return (int) weeks.stream().filter(w -> w.contacts() == 0).count();
    }

    public Week first() {
        return weeks.getFirst();
    }

    public Week last() {
        return weeks.getLast();
    }

    /** The bar chart of these weeks, drawn on the server. */
    public IntensityChart chart() {
        return IntensityChart.of(this);
    }
}
