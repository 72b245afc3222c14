package se.traden.collaboration;

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
import se.traden.shared.FunctionType;

/** After action reviews in PostgreSQL. Every read names the municipality. */
@Repository
class Reviews {
    private final JdbcClient jdbc;

    Reviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AfterActionReview r) {
        jdbc.sql("""
                        insert into after_action_review (id, municipality_id, case_id, held_on, invited_actors,
                            what_worked, do_again, avoid, missed_signals, child_view, family_view, views_agreed,
                            recorded_by, acting_function, recorded_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                        """)
                .params(
                        r.id(),
                        r.municipalityId(),
                        r.caseId(),
                        r.heldOn(),
                        r.invitedActors(),
                        r.whatWorked(),
                        r.doAgain(),
                        r.avoid(),
                        r.missedSignals(),
                        r.childView(),
                        r.familyView(),
                        r.viewsAgreed(),
                        r.recorded().staffId(),
                        r.recorded().function().name(),
                        Timestamp.from(r.recorded().at()))
                .update();
    }

    void update(AfterActionReview r, UUID by) {
        int rows = jdbc.sql("""
                        update after_action_review set held_on = ?, invited_actors = ?, what_worked = ?, do_again = ?,
                            avoid = ?, missed_signals = ?, child_view = ?, family_view = ?, views_agreed = ?,
                            updated_by = ?, updated_at = ?, version = version + 1
                         where id = ? and municipality_id = ? and version = ?
                        """)
                .params(
                        r.heldOn(),
                        r.invitedActors(),
                        r.whatWorked(),
                        r.doAgain(),
                        r.avoid(),
                        r.missedSignals(),
                        r.childView(),
                        r.familyView(),
                        r.viewsAgreed(),
                        by,
                        Timestamp.from(r.updatedAt()),
                        r.id(),
                        r.municipalityId(),
                        r.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException("after-action-review", r.id(), r.version());
        }
    }

    Optional<AfterActionReview> find(UUID municipality, UUID caseId, UUID id) {
        return jdbc.sql("select * from after_action_review where municipality_id = ? and case_id = ? and id = ?")
                .params(municipality, caseId, id)
                .query(Reviews::map)
                .optional();
    }

    List<AfterActionReview> ofCase(UUID municipality, UUID caseId) {
        return jdbc.sql("""
                        select * from after_action_review where municipality_id = ? and case_id = ?
                         order by held_on desc, recorded_at desc
                        """).params(municipality, caseId).query(Reviews::map).list();
    }

    private static AfterActionReview map(ResultSet rs, int n) throws SQLException {
        Timestamp updated = rs.getTimestamp("updated_at");
        return new AfterActionReview(
                rs.getObject("id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("held_on", LocalDate.class),
                rs.getString("invited_actors"),
                rs.getString("what_worked"),
                rs.getString("do_again"),
                rs.getString("avoid"),
                rs.getString("missed_signals"),
                rs.getString("child_view"),
                rs.getString("family_view"),
                rs.getBoolean("views_agreed"),
                new Recorded(
                        rs.getObject("recorded_by", UUID.class),
                        FunctionType.valueOf(rs.getString("acting_function")),
                        rs.getTimestamp("recorded_at").toInstant()),
                updated == null ? null : updated.toInstant(),
                rs.getLong("version"));
    }
}
