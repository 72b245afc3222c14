package se.traden.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.shared.FunctionType;

/** Transitions of cases in PostgreSQL. Every read names the municipality. */
@Repository
class Transitions {
    private final JdbcClient jdbc;

    Transitions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID municipality, Transition t) {
        jdbc.sql("""
                        insert into case_transition (id, municipality_id, case_id, kind, occurs_on, owner_staff_id,
                            owner_organisation, note, home_coming_plan, recorded_at, recorded_by_staff_id, recorded_as)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        t.id(),
                        municipality,
                        t.caseId(),
                        t.kind().name(),
                        t.occursOn(),
                        t.ownerStaffId(),
                        t.ownerOrganisation(),
                        t.note(),
                        t.homeComingPlan(),
                        Timestamp.from(t.recordedAt()),
                        t.recordedByStaffId(),
                        t.recordedAs().name())
                .update();
    }

    /** A case's transitions by the day they occur, the latest recorded last among those of one day. */
    List<Transition> ofCase(UUID municipality, UUID caseId) {
        return jdbc.sql("""
                        select id, case_id, kind, occurs_on, owner_staff_id, owner_organisation, note,
                               home_coming_plan, recorded_at, recorded_by_staff_id, recorded_as
                          from case_transition where municipality_id = ? and case_id = ?
                         order by occurs_on, recorded_at
                        """)
                .params(municipality, caseId)
                .query(Transitions::map)
                .list();
    }

    private static Transition map(ResultSet rs, int n) throws SQLException {
        return new Transition(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                TransitionKind.valueOf(rs.getString("kind")),
                rs.getObject("occurs_on", LocalDate.class),
                rs.getObject("owner_staff_id", UUID.class),
                rs.getString("owner_organisation"),
                rs.getString("note"),
                rs.getString("home_coming_plan"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getObject("recorded_by_staff_id", UUID.class),
                FunctionType.valueOf(rs.getString("recorded_as")));
    }
}
