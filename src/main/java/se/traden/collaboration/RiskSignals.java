package se.traden.collaboration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.authority.ParallelProcesses;
import se.traden.casework.CaseService;
import se.traden.casework.CaseStatus;
import se.traden.casework.CaseSummary;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.FunctionType;
import se.traden.shared.RecordRef;

/**
 * The coordinator's risk signals across the unit's active cases. Each kind of signal is one bounded
 * query over all the cases at once (never one per case):
 *
 * <ul>
 *   <li>the case manager is the only active intervention: no investigation with an intervention, and no
 *       other actor left in the collaboration group;
 *   <li>the latest investigation closed without an intervention while the case is still worked: the need
 *       it was opened for persists;
 *   <li>the family declines every intervention but the case manager (the case manager's note);
 *   <li>no contact for the configured number of days (14 unless set), counted from the last contact or
 *       the case's opening;
 *   <li>a check-in overdue on the cadence of the case's phase.
 * </ul>
 */
@Service
class RiskSignals {
    private final CaseService cases;
    private final Groups groups;
    private final Contacts contacts;
    private final CheckInSchedule checkIns;
    private final ParallelProcesses investigations;
    private final AccessGuard guard;
    private final Clock clock;
    private final int noContactDays;

    RiskSignals(
            CaseService cases,
            Groups groups,
            Contacts contacts,
            CheckInSchedule checkIns,
            ParallelProcesses investigations,
            AccessGuard guard,
            Clock clock,
            @Value("${traden.risk-signals.no-contact-days:14}") int noContactDays) {
        this.cases = cases;
        this.groups = groups;
        this.contacts = contacts;
        this.checkIns = checkIns;
        this.investigations = investigations;
        this.guard = guard;
        this.clock = clock;
        this.noContactDays = noContactDays;
    }

    int noContactDays() {
        return noContactDays;
    }

    /** The signals of the municipality's active cases, case by case. Individual coordinator only. */
    @Transactional
    List<RiskSignal> current() {
        guard.check(AccessAction.SEARCH, RecordRef.of("risk-signal-list", null), FunctionType.INDIVIDUAL_COORDINATOR);
        UUID municipality = guard.actor().municipalityId().value();
        // The case list logs the search and gives the names the coordinator may see.
        List<CaseSummary> active = cases.list().stream()
                .filter(c -> c.status() == CaseStatus.ACTIVE)
                .toList();
        return forCases(municipality, active);
    }

    /**
     * The signals of the given active cases: the same bounded queries whether it is one case (the case
     * page) or the whole unit (the coordinator's list). The caller has checked access.
     */
    List<RiskSignal> forCases(UUID municipality, List<CaseSummary> active) {
        if (active.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = active.stream().map(CaseSummary::id).toList();
        LocalDate today = LocalDate.now(clock);

        Set<UUID> supported = new HashSet<>(groups.withActiveActors(municipality, ids));
        supported.addAll(investigations.withIntervention(municipality, ids));
        Map<UUID, LocalDate> closedWithout = investigations.closedWithoutIntervention(municipality, ids);
        Map<UUID, LocalDate> declining = groups.declining(municipality, ids);
        var lastContacts = contacts.lastContacts(municipality, ids);
        var due = checkIns.dueFor(municipality, active);

        List<RiskSignal> signals = new ArrayList<>();
        for (CaseSummary c : active) {
            if (!supported.contains(c.id())) {
                signals.add(signal(c, RiskSignal.Kind.CASE_MANAGER_ONLY_INTERVENTION, null, null));
            }
            if (closedWithout.containsKey(c.id())) {
                signals.add(signal(
                        c, RiskSignal.Kind.INVESTIGATION_CLOSED_WITHOUT_INTERVENTION, closedWithout.get(c.id()), null));
            }
            if (declining.containsKey(c.id())) {
                signals.add(
                        signal(c, RiskSignal.Kind.FAMILY_DECLINES_ALL_BUT_CASE_MANAGER, declining.get(c.id()), null));
            }
            var last = lastContacts.get(c.id());
            LocalDate since = LocalDate.ofInstant(last != null ? last : c.openedAt(), clock.getZone());
            long quiet = ChronoUnit.DAYS.between(since, today);
            if (quiet >= noContactDays) {
                signals.add(signal(c, RiskSignal.Kind.NO_CONTACT, last == null ? null : since, (int) quiet));
            }
            var checkIn = due.get(c);
            if (checkIn != null && checkIn.overdue()) {
                signals.add(signal(c, RiskSignal.Kind.CHECK_IN_OVERDUE, checkIn.dueOn(), checkIn.daysOverdue()));
            }
        }
        signals.sort(Comparator.comparing(RiskSignal::reference).thenComparing(RiskSignal::kind));
        return signals;
    }

    private static RiskSignal signal(CaseSummary c, RiskSignal.Kind kind, LocalDate since, Integer days) {
        return new RiskSignal(c.id(), c.reference(), c.childName(), c.caseManagerName(), kind, since, days);
    }
}
