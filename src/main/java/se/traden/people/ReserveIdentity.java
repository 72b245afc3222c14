package se.traden.people;

import java.util.regex.Pattern;
import se.traden.shared.InvalidInputException;

/**
 * The municipality's own identity for a child whose number is not known (reservidentitet), numbered
 * per municipality and year ({@code R-2026-000123}), with the stated reason why no number is used.
 */
record ReserveIdentity(String id, String reason) {
    static final Pattern FORMAT = Pattern.compile("R-\\d{4}-\\d{6}");
    static final int MAX_REASON = 2000;

    ReserveIdentity {
        if (id == null || !FORMAT.matcher(id).matches()) {
            throw new IllegalArgumentException("reserve identity is R-YYYY-NNNNNN");
        }
        reason = requireReason(reason);
    }

    /** The reason is checked before a number is handed out, so that a refused input uses none. */
    static String requireReason(String reason) {
        String cleaned = Violations.clean(reason);
        if (cleaned == null) {
            throw InvalidInputException.of("reserveReason", "person.reserve-reason-required");
        }
        if (cleaned.length() > MAX_REASON) {
            throw InvalidInputException.of("reserveReason", "too-long", MAX_REASON);
        }
        return cleaned;
    }

    static String format(int year, int number) {
        return "R-%04d-%06d".formatted(year, number);
    }
}
