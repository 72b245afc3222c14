package se.traden.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.shared.ConcurrentEditException;

/** Steering reports in the database; an update is refused when someone else saved in between. */
@Repository
class SteeringReports {
    private final JdbcClient jdbc;

    SteeringReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SteeringReport r) {
        jdbc.sql("""
                        insert into steering_report (id, municipality_id, title, period_from, period_to, created_at,
                                                     created_by, version)
                        values (?, ?, ?, ?, ?, ?, ?, 0)
                        """)
                .params(
                        r.id(),
                        r.municipalityId(),
                        r.title(),
                        r.period().from(),
                        r.period().to(),
                        Timestamp.from(r.createdAt()),
                        r.createdBy())
                .update();
    }

    void updateCommentary(SteeringReport r, long expectedVersion) {
        int updated = jdbc.sql("""
                        update steering_report
                           set coordinator_commentary = ?, coordinator_staff_id = ?, coordinator_at = ?,
                               group_manager_commentary = ?, group_manager_staff_id = ?, group_manager_at = ?,
                               version = version + 1
                         where id = ? and municipality_id = ? and version = ?
                        """)
                .params(
                        text(r.coordinator()),
                        staff(r.coordinator()),
                        at(r.coordinator()),
                        text(r.groupManager()),
                        staff(r.groupManager()),
                        at(r.groupManager()),
                        r.id(),
                        r.municipalityId(),
                        expectedVersion)
                .update();
        if (updated != 1) {
            throw new ConcurrentEditException("steering-report", r.id(), expectedVersion);
        }
    }

    Optional<SteeringReport> find(UUID municipality, UUID id) {
        return jdbc.sql("select * from steering_report where municipality_id = ? and id = ?")
                .params(municipality, id)
                .query(SteeringReports::map)
                .optional();
    }

    List<SteeringReport> all(UUID municipality) {
        return jdbc.sql("""
                        select * from steering_report where municipality_id = ?
                         order by period_to desc, created_at desc limit 500
                        """).param(municipality).query(SteeringReports::map).list();
    }

    private static SteeringReport map(ResultSet rs, int n) throws SQLException {
        return new SteeringReport(
                rs.getObject("id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                rs.getString("title"),
                new Period(rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class)),
                commentary(rs, "coordinator"),
                commentary(rs, "group_manager"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getObject("created_by", UUID.class),
                rs.getLong("version"));
    }

    private static SteeringReport.Commentary commentary(ResultSet rs, String prefix) throws SQLException {
        String text = rs.getString(prefix + "_commentary");
        if (text == null) {
            return null;
        }
        Timestamp at = rs.getTimestamp(prefix + "_at");
        return new SteeringReport.Commentary(
                text, rs.getObject(prefix + "_staff_id", UUID.class), at == null ? null : at.toInstant());
    }

    private static String text(SteeringReport.Commentary c) {
        return c == null ? null : c.text();
    }

    private static UUID staff(SteeringReport.Commentary c) {
        return c == null ? null : c.staffId();
    }

    private static Timestamp at(SteeringReport.Commentary c) {
        return c == null || c.at() == null ? null : Timestamp.from(c.at());
    }
}
