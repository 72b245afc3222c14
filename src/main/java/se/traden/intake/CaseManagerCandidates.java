package se.traden.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.traden.organisation.StaffDirectory;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.StaffId;

/**
 * The case managers the coordinator may assign to a concern, each with the decision support that exists
 * today. Built in one place so that more support (relationships to the child, siblings or school,
 * phases of open cases, the last assignment) can be added to the same record. Listed by name, never by
 * any score: the coordinator chooses.
 */
@Component
class CaseManagerCandidates {
    private final StaffDirectory staff;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseManagerCandidates(StaffDirectory staff, JdbcClient jdbc, Clock clock) {
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Everyone holding a case manager function in the concern's municipality today. */
    List<CaseManagerCandidate> forConcern(Concern concern) {
        var municipality = new MunicipalityId(concern.municipalityId());
        var holders = staff.holdersOn(municipality, FunctionType.CASE_MANAGER, LocalDate.now(clock));
        if (holders.isEmpty()) {
            return List.of();
        }
        var ids = holders.stream().map(StaffDirectory.Member::id).toList();
        Map<StaffId, List<String>> tags = staff.competenceTags(municipality, ids);
        Map<UUID, Integer> activated = new HashMap<>();
        jdbc.sql("""
                        select case_manager_staff_id, count(*) from concern
                         where municipality_id = ? and status = 'ACTIVATED' and case_manager_staff_id is not null
                         group by case_manager_staff_id
                        """).param(concern.municipalityId()).query(rs -> {
            activated.put(rs.getObject(1, UUID.class), rs.getInt(2));
        });
        return holders.stream()
                .map(m -> new CaseManagerCandidate(
                        m.id().value(),
                        m.name(),
                        activated.getOrDefault(m.id().value(), 0),
                        tags.getOrDefault(m.id(), List.of())))
                .toList();
    }

    boolean isCandidate(Concern concern, UUID staffId) {
        return staff
                .holdersOn(
                        new MunicipalityId(concern.municipalityId()), FunctionType.CASE_MANAGER, LocalDate.now(clock))
                .stream()
                .anyMatch(m -> m.id().value().equals(staffId));
    }
}
