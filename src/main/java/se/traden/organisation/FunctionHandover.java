package se.traden.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.StaffId;

/**
 * The functions a staff member holds, for a handover: the successor takes on each one they do not
 * already hold from the handover day, and the leaver's assignments end the day before, or stay (leave).
 */
@Component
public class FunctionHandover {
    private final JdbcClient jdbc;
    private final Assignments assignments;

    FunctionHandover(JdbcClient jdbc, Assignments assignments) {
        this.jdbc = jdbc;
        this.assignments = assignments;
    }

    /** A function held on the day: which one, and of which type. */
    public record HeldFunction(FunctionId id, String name, FunctionType type) {}

    @Transactional(propagation = Propagation.MANDATORY)
    public List<HeldFunction> heldOn(MunicipalityId municipality, StaffId staff, LocalDate day) {
        return jdbc.sql("""
                        select f.id, f.name, f.type from function_assignment a join org_function f on f.id = a.function_id
                         where a.municipality_id = ? and a.staff_id = ? and a.valid_from <= ?
                           and (a.valid_to is null or a.valid_to >= ?)
                         order by f.name
                        """)
                .params(municipality.value(), staff.value(), day, day)
                .query((rs, n) -> new HeldFunction(
                        new FunctionId(rs.getObject("id", java.util.UUID.class)),
                        rs.getString("name"),
                        FunctionType.valueOf(rs.getString("type"))))
                .list();
    }

    /**
     * Gives the successor, from {@code day}, each function the leaver holds on it that the successor does
     * not; with {@code endLeaver}, the leaver's assignments that run on past {@code day} end the day before
     * (or are cut to their first day when they began that very day). Returns the functions passed on.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<HeldFunction> transfer(
            MunicipalityId municipality, StaffId leaver, StaffId successor, LocalDate day, boolean endLeaver) {
        List<HeldFunction> passed = new ArrayList<>();
        List<HeldFunction> successorHolds = heldOn(municipality, successor, day);
        for (HeldFunction function : heldOn(municipality, leaver, day)) {
            boolean alreadyHeld = successorHolds.stream().anyMatch(h -> h.id().equals(function.id()));
            if (!alreadyHeld) {
                assignments.insert(municipality, Assignment.begin(successor, function.id(), day, null));
                passed.add(function);
            }
            if (endLeaver) {
                for (Assignment a : assignments.of(municipality, leaver, function.id())) {
                    if (a.validTo() == null || !a.validTo().isBefore(day)) {
                        LocalDate last = a.validFrom().isBefore(day) ? day.minusDays(1) : a.validFrom();
                        if (!assignments.updateEnd(municipality, a.endOn(last))) {
                            throw new se.traden.shared.ConcurrentEditException(
                                    "function_assignment", a.id(), a.version());
                        }
                    }
                }
            }
        }
        return passed;
    }
}
