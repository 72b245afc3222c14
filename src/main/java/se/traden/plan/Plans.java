package se.traden.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FunctionType;
import tools.jackson.databind.json.JsonMapper;

/** Plans and their kept revisions in PostgreSQL. Every read names the municipality. */
@Repository
class Plans {
    private static final String REVISION = """
            select r.revision, r.revised_at, r.revised_by, r.acting_function, r.change_summary, r.reason,
                   r.content::text as content
              from plan_revision r
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Plans(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The plan of a case with its current revision; a plan not yet made when there is none. */
    Plan of(UUID municipality, UUID caseId) {
        return jdbc.sql("select id, current_revision from plan where municipality_id = ? and case_id = ?")
                .params(municipality, caseId)
                .query((rs, n) -> new Plan(
                        rs.getObject("id", UUID.class),
                        municipality,
                        caseId,
                        revision(municipality, rs.getObject("id", UUID.class), rs.getInt("current_revision"))
                                .orElseThrow()))
                .optional()
                .orElseGet(() -> Plan.notYetMade(municipality, caseId));
    }

    /** The current revision of a case's plan in one query; empty while no plan is made. */
    Optional<PlanRevision> current(UUID municipality, UUID caseId) {
        return jdbc.sql(REVISION
                        + " join plan p on p.id = r.plan_id and p.current_revision = r.revision"
                        + " where p.municipality_id = ? and p.case_id = ?")
                .params(municipality, caseId)
                .query(this::map)
                .optional();
    }

    Optional<PlanRevision> revision(UUID municipality, UUID planId, int number) {
        return jdbc.sql(REVISION + " where r.municipality_id = ? and r.plan_id = ? and r.revision = ?")
                .params(municipality, planId, number)
                .query(this::map)
                .optional();
    }

    /** Every revision, oldest first. */
    List<PlanRevision> revisions(UUID municipality, UUID planId) {
        return jdbc.sql(REVISION + " where r.municipality_id = ? and r.plan_id = ? order by r.revision")
                .params(municipality, planId)
                .query(this::map)
                .list();
    }

    /**
     * Stores the plan's new revision. The pointer to the current revision moves only from the revision
     * the author started from: a revision made in between leaves it elsewhere, and nothing is written.
     */
    void save(Plan plan) {
        PlanRevision added = plan.added().orElseThrow();
        if (added.number() == 1) {
            try {
                jdbc.sql(
                                "insert into plan (id, municipality_id, case_id, current_revision, created_at) values (?, ?, ?, 1, ?)")
                        .params(plan.id(), plan.municipalityId(), plan.caseId(), Timestamp.from(added.at()))
                        .update();
            } catch (DuplicateKeyException e) {
                throw new ConcurrentEditException("plan", plan.caseId(), 0);
            }
        } else {
            int rows = jdbc.sql("""
                            update plan set current_revision = ?
                             where id = ? and municipality_id = ? and current_revision = ?
                            """)
                    .params(added.number(), plan.id(), plan.municipalityId(), added.number() - 1)
                    .update();
            if (rows == 0) {
                throw new ConcurrentEditException("plan", plan.caseId(), added.number() - 1);
            }
        }
        jdbc.sql("""
                        insert into plan_revision (plan_id, municipality_id, revision, revised_at, revised_by,
                            acting_function, change_summary, reason, content)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                        """)
                .params(
                        plan.id(),
                        plan.municipalityId(),
                        added.number(),
                        Timestamp.from(added.at()),
                        added.byStaffId(),
                        added.actingAs().name(),
                        added.summary(),
                        added.reason(),
                        json.writeValueAsString(added.content()))
                .update();
    }

    private PlanRevision map(ResultSet rs, int n) throws SQLException {
        return new PlanRevision(
                rs.getInt("revision"),
                rs.getTimestamp("revised_at").toInstant(),
                rs.getObject("revised_by", UUID.class),
                FunctionType.valueOf(rs.getString("acting_function")),
                rs.getString("change_summary"),
                rs.getString("reason"),
                json.readValue(rs.getString("content"), PlanContent.class));
    }
}
