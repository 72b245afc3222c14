package se.traden.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FunctionType;

/** The risks of the operation in PostgreSQL. Every read names the municipality. */
@Repository
class Risks {
    private static final String ORDER = " order by case status when 'CLOSED' then 1 else 0 end, risk_value desc, title";

    private final JdbcClient jdbc;

    Risks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OperationalRisk r) {
        var a = r.assessment();
        jdbc.sql("""
                        insert into operational_risk (id, municipality_id, title, description, process_step, likelihood,
                            consequence, measures, owner_function, review_on, status, identified_by,
                            identified_function, identified_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                        """)
                .params(
                        r.id(),
                        r.municipalityId(),
                        a.title(),
                        a.description(),
                        a.processStep().name(),
                        a.likelihood(),
                        a.consequence(),
                        a.measures(),
                        a.owner().name(),
                        a.reviewOn(),
                        a.status().name(),
                        r.identifiedBy(),
                        r.identifiedFunction().name(),
                        Timestamp.from(r.identifiedAt()))
                .update();
    }

    void update(OperationalRisk r, By by) {
        var a = r.assessment();
        int rows = jdbc.sql("""
                        update operational_risk set title = ?, description = ?, process_step = ?, likelihood = ?,
                            consequence = ?, measures = ?, owner_function = ?, review_on = ?, status = ?,
                            updated_by = ?, updated_function = ?, updated_at = ?, version = version + 1
                         where id = ? and municipality_id = ? and version = ?
                        """)
                .params(
                        a.title(),
                        a.description(),
                        a.processStep().name(),
                        a.likelihood(),
                        a.consequence(),
                        a.measures(),
                        a.owner().name(),
                        a.reviewOn(),
                        a.status().name(),
                        by.staffId(),
                        by.function().name(),
                        Timestamp.from(by.at()),
                        r.id(),
                        r.municipalityId(),
                        r.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException("operational-risk", r.id(), r.version());
        }
    }

    Optional<OperationalRisk> find(UUID municipality, UUID id) {
        return jdbc.sql("select * from operational_risk where municipality_id = ? and id = ?")
                .params(municipality, id)
                .query(Risks::map)
                .optional();
    }

    /** All the municipality's risks: open and mitigated first, the highest value first. */
    List<OperationalRisk> all(UUID municipality) {
        return jdbc.sql("select * from operational_risk where municipality_id = ?" + ORDER)
                .param(municipality)
                .query(Risks::map)
                .list();
    }

    /** The risks identified before the instant (the end of a report's year), in the same order. */
    List<OperationalRisk> identifiedBefore(UUID municipality, Instant end) {
        return jdbc.sql("select * from operational_risk where municipality_id = ? and identified_at < ?" + ORDER)
                .params(municipality, Timestamp.from(end))
                .query(Risks::map)
                .list();
    }

    private static OperationalRisk map(ResultSet rs, int n) throws SQLException {
        Timestamp updated = rs.getTimestamp("updated_at");
        return new OperationalRisk(
                rs.getObject("id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                new OperationalRisk.Assessment(
                        rs.getString("title"),
                        rs.getString("description"),
                        ProcessStep.valueOf(rs.getString("process_step")),
                        rs.getInt("likelihood"),
                        rs.getInt("consequence"),
                        rs.getString("measures"),
                        FunctionType.valueOf(rs.getString("owner_function")),
                        rs.getObject("review_on", LocalDate.class),
                        RiskStatus.valueOf(rs.getString("status"))),
                rs.getTimestamp("identified_at").toInstant(),
                rs.getObject("identified_by", UUID.class),
                FunctionType.valueOf(rs.getString("identified_function")),
                updated == null ? null : updated.toInstant(),
                rs.getLong("version"));
    }
}
