package se.traden.organisation;

import java.time.LocalDate;
import java.util.Objects;
import se.traden.shared.InvalidInputException;
import se.traden.shared.StaffId;

/**
 * A staff member holds a function for a period. The period starts on a day and is open until the
 * administrator ends it; the function goes on when its holder leaves, and someone else takes it over
 * with an assignment of their own. Ending is the only change an assignment knows: the past is kept,
 * so that it can later be seen who held a function on any given day.
 */
record Assignment(
        AssignmentId id, StaffId staff, FunctionId function, LocalDate validFrom, LocalDate validTo, long version) {

    Assignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(function, "function");
        checkPeriod(validFrom, validTo);
    }

    static Assignment begin(StaffId staff, FunctionId function, LocalDate validFrom, LocalDate validTo) {
        return new Assignment(AssignmentId.random(), staff, function, validFrom, validTo, 0);
    }

    static void checkPeriod(LocalDate validFrom, LocalDate validTo) {
        var violations = new Violations().required("validFrom", validFrom);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            violations.add("validTo", "organisation.end-before-start");
        }
        violations.throwIfAny();
    }

    /**
     * Ends the assignment on the given day (the last day it is held). An assignment can be ended
     * earlier than planned, never extended past an end already recorded.
     */
    Assignment endOn(LocalDate lastDay) {
        if (lastDay == null) {
            throw InvalidInputException.of("validTo", "required");
        }
        if (lastDay.isBefore(validFrom)) {
            throw InvalidInputException.of("validTo", "organisation.end-before-start");
        }
        if (validTo != null && !lastDay.isBefore(validTo)) {
            throw InvalidInputException.of("validTo", "organisation.assignment-already-ended", validTo);
        }
        return new Assignment(id, staff, function, validFrom, lastDay, version);
    }

    boolean isHeldOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || !validFrom.isAfter(to);
        boolean endsAfterOtherStarts = validTo == null || !validTo.isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }
}
