package se.traden.collaboration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.casework.CaseService;
import se.traden.casework.CaseStatus;
import se.traden.organisation.OrganisationQueries;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.RecordRef;

/**
 * Check-ins between the coordinator and the case manager: recorded by either of them, due on the
 * cadence of the case's phase, and listed across cases when overdue for the coordinator and the group
 * manager.
 */
@Service
class CheckInService {
    static final String RECORD = "check-in";

    private final CaseHeaders headers;
    private final CheckIns checkIns;
    private final CheckInSchedule schedule;
    private final OrganisationQueries organisation;
    private final CaseService cases;
    private final AccessGuard guard;
    private final Clock clock;

    CheckInService(
            CaseHeaders headers,
            CheckIns checkIns,
            CheckInSchedule schedule,
            OrganisationQueries organisation,
            CaseService cases,
            AccessGuard guard,
            Clock clock) {
        this.headers = headers;
        this.checkIns = checkIns;
        this.schedule = schedule;
        this.organisation = organisation;
        this.cases = cases;
        this.guard = guard;
        this.clock = clock;
    }

    /** A case's check-ins, the latest first, and when the next is due (none once the case is not active). */
    record CheckInLog(CaseHeader header, List<CheckIn> checkIns, CheckInCadencePolicy.Due due) {}

    @Transactional
    CheckInLog log(UUID caseId) {
        CaseHeader header = headers.read(caseId, RECORD);
        List<CheckIn> held = checkIns.ofCase(header.municipalityId(), caseId);
        return new CheckInLog(header, held, due(header, held));
    }

    @Transactional
    CheckIn record(UUID caseId, CheckIn.NewCheckIn input) {
        CaseHeader header = headers.writeWhileOpen(caseId, RECORD);
        CheckIn checkIn = CheckIn.record(
                header.municipalityId(),
                caseId,
                input,
                LocalDate.ofInstant(header.openedAt(), clock.getZone()),
                LocalDate.now(clock),
                new Recorded(guard.actor().staffId().value(), header.actingAs(), clock.instant()));
        checkIns.insert(checkIn);
        return checkIn;
    }

    /** The overdue check-ins of the municipality's active cases, the latest first. Coordinator and group manager. */
    @Transactional
    List<OverdueCheckIn> overdue() {
        guard.check(
                AccessAction.SEARCH,
                RecordRef.of("check-in-overdue-list", null),
                FunctionType.INDIVIDUAL_COORDINATOR,
                FunctionType.GROUP_MANAGER);
        // The case list decides what each function may see of the cases (no child names for the group
        // manager) and logs the search.
        var open = cases.list();
        return schedule.dueFor(guard.actor().municipalityId().value(), open).entrySet().stream()
                .filter(e -> e.getValue().overdue())
                .map(e -> new OverdueCheckIn(
                        e.getKey().id(),
                        e.getKey().reference(),
                        e.getKey().childName(),
                        e.getKey().caseManagerName(),
                        e.getValue().sinceOpening() ? null : e.getValue().since(),
                        e.getValue().dueOn(),
                        e.getValue().cadenceDays(),
                        e.getValue().daysOverdue()))
                .sorted(Comparator.comparingInt(OverdueCheckIn::daysOverdue)
                        .reversed()
                        .thenComparing(OverdueCheckIn::reference))
                .toList();
    }

    private CheckInCadencePolicy.Due due(CaseHeader header, List<CheckIn> held) {
        if (header.status() != CaseStatus.ACTIVE) {
            return null;
        }
        return CheckInCadencePolicy.due(
                held.isEmpty() ? null : held.getFirst().heldOn(),
                LocalDate.ofInstant(header.openedAt(), clock.getZone()),
                header.phase(),
                header.intensive(),
                organisation.checkInCadence(new MunicipalityId(header.municipalityId())),
                LocalDate.now(clock));
    }
}
