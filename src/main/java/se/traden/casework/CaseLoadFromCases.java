package se.traden.casework;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.traden.intake.CaseLoad;

/** The coordinator's decision support counts the cases each case manager holds now, not closed ones. */
@Component
class CaseLoadFromCases implements CaseLoad {
    private final JdbcClient jdbc;

    CaseLoadFromCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Integer> openCasesPerCaseManager(UUID municipalityId, Collection<UUID> caseManagers) {
        Map<UUID, Integer> open = new HashMap<>();
        if (caseManagers.isEmpty()) {
            return open;
        }
        jdbc.sql("""
                        select case_manager_staff_id, count(*) from collab_case
                         where municipality_id = ? and status <> 'CLOSED' and case_manager_staff_id = any(?::uuid[])
                         group by case_manager_staff_id
                        """)
                .params(
                        municipalityId,
                        caseManagers.stream().map(UUID::toString).toArray(String[]::new))
                .query(rs -> {
                    open.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return open;
    }
}
