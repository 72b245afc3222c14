package se.traden.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import se.traden.shared.FieldViolation;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;

/**
 * The search as typed (page and API query parameters alike): text, so that a malformed value is
 * answered field by field instead of failing the binding. Never holds a personal identity number: the
 * search runs by GET and its parameters end up in addresses and server logs.
 */
class SearchForm {
    private String personId;
    private String username;
    private String staffId;
    private String recordType;
    private String recordId;
    private String from;
    private String to;
    private String outcome;
    private String function;
    private String after;
    private String limit;

    /** Whether any search field was sent at all (a bare visit of the page shows only the form). */
    boolean submitted() {
        return personId != null
                || username != null
                || staffId != null
                || recordType != null
                || recordId != null
                || from != null
                || to != null
                || outcome != null
                || function != null
                || after != null;
    }

    AccessLogQuery toQuery() {
        var violations = new ArrayList<FieldViolation>();
        UUID person = parse(violations, "personId", personId, UUID::fromString);
        UUID staff = parse(violations, "staffId", staffId, UUID::fromString);
        LocalDate fromDate = parse(violations, "from", from, LocalDate::parse);
        LocalDate toDate = parse(violations, "to", to, LocalDate::parse);
        AccessLogQuery.Outcome outcomeFilter =
                parse(violations, "outcome", outcome, text -> AccessLogQuery.Outcome.valueOf(upper(text)));
        FunctionType actingFunction =
                parse(violations, "function", function, text -> FunctionType.valueOf(upper(text)));
        Integer pageSize = parse(violations, "limit", limit, Integer::valueOf);
        AccessLogCursor cursor = null;
        if (after != null && !after.isBlank()) {
            try {
                cursor = AccessLogCursor.parse("after", after.strip());
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new AccessLogQuery(
                person,
                username,
                staff,
                recordType,
                recordId,
                fromDate,
                toDate,
                outcomeFilter,
                actingFunction,
                cursor,
                pageSize == null ? AccessLogQuery.DEFAULT_LIMIT : pageSize);
    }

    private static <T> T parse(List<FieldViolation> violations, String field, String text, Function<String, T> parser) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            violations.add(FieldViolation.of(field, "malformed"));
            return null;
        }
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getStaffId() {
        return staffId;
    }

    public void setStaffId(String staffId) {
        this.staffId = staffId;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
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

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getFunction() {
        return function;
    }

    public void setFunction(String function) {
        this.function = function;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    public String getLimit() {
        return limit;
    }

    public void setLimit(String limit) {
        this.limit = limit;
    }
}
