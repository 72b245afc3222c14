package se.traden.followup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;

/**
 * A period as typed into a page or a query string: text, so that a malformed date is answered field by
 * field. Without dates it means the twelve months up to today.
 */
public class PeriodForm {
    private String from;
    private String to;
    private boolean aggregated;
    /** Count anew instead of showing the picture computed ahead (decision 0130). */
    private boolean live;

    public Period toPeriod(LocalDate today) {
        if (blank(from) && blank(to)) {
            return Period.yearEndingOn(today);
        }
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate fromDate = parse(violations, "from", from);
        LocalDate toDate = parse(violations, "to", to);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Period(fromDate, toDate);
    }

    /** The query string of this period, for links to exports and reports. */
    public static String query(Period period) {
        return "from=" + period.from() + "&to=" + period.to();
    }

    private static LocalDate parse(List<FieldViolation> violations, String field, String text) {
        if (blank(text)) {
            violations.add(FieldViolation.of(field, "required"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(FieldViolation.of(field, "followup.date-format"));
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public boolean isLive() {
        return live;
    }

    public void setLive(boolean live) {
        this.live = live;
    }

    public boolean isAggregated() {
        return aggregated;
    }

    public void setAggregated(boolean aggregated) {
        this.aggregated = aggregated;
    }
}
