package se.traden.collaboration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.traden.casework.CaseStatus;
import se.traden.casework.CaseSummary;
import se.traden.organisation.OrganisationQueries;
import se.traden.shared.MunicipalityId;

/**
 * When each active case's next check-in is due, for many cases at once: one query for the latest
 * check-ins and one for the municipality's cadence, whatever the number of cases.
 */
@Component
class CheckInSchedule {
    private final CheckIns checkIns;
    private final OrganisationQueries organisation;
    private final Clock clock;

    CheckInSchedule(CheckIns checkIns, OrganisationQueries organisation, Clock clock) {
        this.checkIns = checkIns;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The due check-ins of the active cases among those given, in their order. */
    Map<CaseSummary, CheckInCadencePolicy.Due> dueFor(UUID municipality, Collection<CaseSummary> cases) {
        var active = cases.stream().filter(c -> c.status() == CaseStatus.ACTIVE).toList();
        Map<CaseSummary, CheckInCadencePolicy.Due> due = new LinkedHashMap<>();
        if (active.isEmpty()) {
            return due;
        }
        var cadence = organisation.checkInCadence(new MunicipalityId(municipality));
        var last = checkIns.lastHeld(
                municipality, active.stream().map(CaseSummary::id).toList());
        LocalDate today = LocalDate.now(clock);
        for (CaseSummary c : active) {
            due.put(
                    c,
                    CheckInCadencePolicy.due(
                            last.get(c.id()),
                            LocalDate.ofInstant(c.openedAt(), clock.getZone()),
                            c.phase(),
                            c.intensive(),
                            cadence,
                            today));
        }
        return due;
    }
}
