package se.traden.handover;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.casework.CaseHandover;
import se.traden.organisation.FunctionHandover;
import se.traden.organisation.StaffDirectory;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.FieldViolation;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.MunicipalityId;
import se.traden.shared.RecordRef;
import se.traden.shared.StaffId;

/**
 * Hands all of a person's open work to a successor in one transaction: their open cases (and with them
 * the cases' check-ins, follow-ups and deadlines, which follow the case manager), and their functions
 * (and with them the inboxes and contact routes, which belong to functions). Done by the group manager or
 * the administrator; every moved case is logged, and the handover itself is kept.
 */
@Service
public class HandoverService {
    static final String RECORD = "handover";
    static final FunctionType[] MAY_HAND_OVER = {FunctionType.GROUP_MANAGER, FunctionType.ADMINISTRATOR};

    private final AccessGuard guard;
    private final CaseHandover cases;
    private final FunctionHandover functions;
    private final StaffDirectory staff;
    private final JdbcClient jdbc;
    private final Clock clock;

    HandoverService(
            AccessGuard guard,
            CaseHandover cases,
            FunctionHandover functions,
            StaffDirectory staff,
            JdbcClient jdbc,
            Clock clock) {
        this.guard = guard;
        this.cases = cases;
        this.functions = functions;
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a person holds today: what a handover of them would move. */
    public record Holdings(
            StaffId staffId,
            String name,
            List<FunctionHandover.HeldFunction> functions,
            List<CaseHandover.HeldCase> cases,
            List<StaffDirectory.Member> successors) {}

    /** What a handover moved. */
    /** Kept in the session for the confirmation page after the redirect, so it is serializable. */
    public record Result(UUID id, int casesMoved, List<String> functionsMoved, boolean endedFunctions)
            implements java.io.Serializable {
        public Result {
            functionsMoved = List.copyOf(functionsMoved);
        }
    }

    @Transactional
    public Holdings holdings(UUID staffId) {
        guard.permit(AccessAction.READ, RecordRef.of("staff", staffId), MAY_HAND_OVER);
        MunicipalityId municipality = guard.actor().municipalityId();
        String name = name(municipality, staffId, AccessAction.READ);
        LocalDate today = today();
        List<FunctionHandover.HeldFunction> held = functions.heldOn(municipality, new StaffId(staffId), today);
        List<StaffDirectory.Member> successors =
                new ArrayList<>(staff.holdersOn(municipality, FunctionType.CASE_MANAGER, today));
        for (FunctionHandover.HeldFunction f : held) {
            for (StaffDirectory.Member m : staff.holdersOn(municipality, f.type(), today)) {
                if (successors.stream().noneMatch(s -> s.id().equals(m.id()))) {
                    successors.add(m);
                }
            }
        }
        successors.removeIf(m -> m.id().value().equals(staffId));
        successors.sort(java.util.Comparator.comparing(StaffDirectory.Member::name, String.CASE_INSENSITIVE_ORDER));
        return new Holdings(new StaffId(staffId), name, held, cases.heldBy(municipality.value(), staffId), successors);
    }

    @Transactional
    public Result handOver(UUID from, UUID to, String reason, boolean endFunctions) {
        FunctionType actingAs = guard.permit(AccessAction.UPDATE, RecordRef.of("staff", from), MAY_HAND_OVER);
        MunicipalityId municipality = guard.actor().municipalityId();
        List<FieldViolation> violations = new ArrayList<>();
        if (to == null) {
            violations.add(FieldViolation.of("successorId", "required"));
        } else if (to.equals(from)) {
            violations.add(FieldViolation.of("successorId", "handover.same-person"));
        }
        if (reason == null || reason.isBlank()) {
            violations.add(FieldViolation.of("reason", "required"));
        } else if (reason.length() > 2000) {
            violations.add(FieldViolation.of("reason", "too-long", 2000));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        name(municipality, from, AccessAction.UPDATE);
        Map<StaffId, String> successor = staff.names(municipality, List.of(new StaffId(to)));
        if (successor.isEmpty()) {
            throw InvalidInputException.of("successorId", "handover.successor-unknown");
        }
        LocalDate today = today();
        boolean leaverManagesCases = !cases.heldBy(municipality.value(), from).isEmpty();
        List<FunctionHandover.HeldFunction> passed =
                functions.transfer(municipality, new StaffId(from), new StaffId(to), today, endFunctions);
        if (leaverManagesCases
                && staff.holdersOn(municipality, FunctionType.CASE_MANAGER, today).stream()
                        .noneMatch(m -> m.id().value().equals(to))) {
            throw InvalidInputException.of("successorId", "handover.successor-not-case-manager");
        }
        int moved = cases.handOver(municipality.value(), from, to, reason.strip(), actingAs);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into handover (id, municipality_id, from_staff_id, to_staff_id, reason, on_day,
                                              ended_functions, cases_moved, functions_moved, done_at, done_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?)
                        """)
                .params(
                        id,
                        municipality.value(),
                        from,
                        to,
                        reason.strip(),
                        today,
                        endFunctions,
                        moved,
                        passed.stream().map(f -> f.type().name()).toArray(String[]::new),
                        Timestamp.from(clock.instant()),
                        guard.actor().staffId().value())
                .update();
        guard.logAccess(actingAs, AccessAction.CREATE, RecordRef.of(RECORD, id));
        return new Result(
                id,
                moved,
                passed.stream().map(FunctionHandover.HeldFunction::name).toList(),
                endFunctions);
    }

    private String name(MunicipalityId municipality, UUID staffId, AccessAction action) {
        Map<StaffId, String> names = staff.names(municipality, List.of(new StaffId(staffId)));
        if (names.isEmpty()) {
            throw guard.notFound(action, RecordRef.of("staff", staffId));
        }
        return names.values().iterator().next();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Stockholm")));
    }
}
