package se.traden.collaboration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.shared.FunctionType;

/** Check-ins in PostgreSQL. Every read names the municipality. */
@Repository
class CheckIns {
    private final JdbcClient jdbc;

    CheckIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CheckIn c) {
        jdbc.sql("""
                        insert into check_in (id, municipality_id, case_id, held_on, risk_and_needs, new_actors,
                            family_resources, workload_manageable, workload_note, obstacles, recorded_by,
                            acting_function, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        c.id(),
                        c.municipalityId(),
                        c.caseId(),
                        c.heldOn(),
                        c.riskAndNeeds(),
                        c.newActors(),
                        c.familyResources(),
                        c.workloadManageable(),
                        c.workloadNote(),
                        c.obstacles(),
                        c.recorded().staffId(),
                        c.recorded().function().name(),
                        Timestamp.from(c.recorded().at()))
                .update();
    }

    List<CheckIn> ofCase(UUID municipality, UUID caseId) {
        return jdbc.sql("""
                        select * from check_in where municipality_id = ? and case_id = ?
                         order by held_on desc, recorded_at desc limit 500
                        """).params(municipality, caseId).query(CheckIns::map).list();
    }

    /** The day of the latest check-in of each of the given cases, in one query. */
    Map<UUID, LocalDate> lastHeld(UUID municipality, Collection<UUID> caseIds) {
        Map<UUID, LocalDate> last = new HashMap<>();
        if (caseIds.isEmpty()) {
            return last;
        }
        jdbc.sql("""
                        select case_id, max(held_on) as last from check_in
                         where municipality_id = ? and case_id = any(?::uuid[]) group by case_id
                        """).params(municipality, Contacts.ids(caseIds)).query(rs -> {
            last.put(rs.getObject("case_id", UUID.class), rs.getObject("last", LocalDate.class));
        });
        return last;
    }

    private static CheckIn map(ResultSet rs, int n) throws SQLException {
        return new CheckIn(
                rs.getObject("id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("held_on", LocalDate.class),
                rs.getString("risk_and_needs"),
                rs.getString("new_actors"),
                rs.getString("family_resources"),
                rs.getBoolean("workload_manageable"),
                rs.getString("workload_note"),
                rs.getString("obstacles"),
                new Recorded(
                        rs.getObject("recorded_by", UUID.class),
                        FunctionType.valueOf(rs.getString("acting_function")),
                        rs.getTimestamp("recorded_at").toInstant()));
    }
}
