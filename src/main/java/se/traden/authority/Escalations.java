package se.traden.authority;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FunctionType;

/** Escalations and their steps in PostgreSQL. Every read names the municipality. */
@Repository
class Escalations {
    private final JdbcClient jdbc;

    Escalations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Escalation e) {
        jdbc.sql("""
                        insert into escalation (id, municipality_id, case_id, counterpart, subject, status, opened_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, 0)
                        """)
                .params(
                        e.id(),
                        e.municipalityId(),
                        e.caseId(),
                        e.counterpart(),
                        e.subject(),
                        e.status().name(),
                        Timestamp.from(e.openedAt()))
                .update();
        saveSteps(e);
    }

    void update(Escalation e) {
        int rows = jdbc.sql("""
                        update escalation set status = ?, version = version + 1
                         where id = ? and municipality_id = ? and version = ?
                        """)
                .params(e.status().name(), e.id(), e.municipalityId(), e.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException("escalation", e.id(), e.version());
        }
        saveSteps(e);
    }

    Optional<Escalation> find(UUID municipality, UUID caseId, UUID id) {
        return load(municipality, caseId, id).stream().findFirst();
    }

    List<Escalation> ofCase(UUID municipality, UUID caseId) {
        return load(municipality, caseId, null);
    }

    private List<Escalation> load(UUID municipality, UUID caseId, UUID id) {
        Map<UUID, List<Escalation.Step>> steps = new HashMap<>();
        jdbc.sql("""
                        select s.* from escalation_step s join escalation e on e.id = s.escalation_id
                         where e.municipality_id = ? and e.case_id = ? and (?::uuid is null or e.id = ?::uuid)
                         order by s.escalation_id, s.position
                        """).params(municipality, caseId, id, id).query(rs -> {
            steps.computeIfAbsent(rs.getObject("escalation_id", UUID.class), k -> new ArrayList<>())
                    .add(step(rs));
        });
        return jdbc.sql("""
                        select * from escalation where municipality_id = ? and case_id = ? and (?::uuid is null or id = ?::uuid)
                         order by opened_at desc
                        """)
                .params(municipality, caseId, id, id)
                .query((rs, n) -> {
                    UUID escalation = rs.getObject("id", UUID.class);
                    return new Escalation(
                            escalation,
                            rs.getObject("municipality_id", UUID.class),
                            rs.getObject("case_id", UUID.class),
                            rs.getString("counterpart"),
                            rs.getString("subject"),
                            Escalation.EscalationStatus.valueOf(rs.getString("status")),
                            rs.getTimestamp("opened_at").toInstant(),
                            steps.getOrDefault(escalation, List.of()),
                            rs.getLong("version"));
                })
                .list();
    }

    private void saveSteps(Escalation e) {
        for (var s : e.steps()) {
            jdbc.sql("""
                            insert into escalation_step (escalation_id, municipality_id, position, level, question,
                                raised_by, raised_function, raised_at, outcome, settled, outcome_by, outcome_function,
                                outcome_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            on conflict (escalation_id, position) do update
                               set outcome = excluded.outcome, settled = excluded.settled,
                                   outcome_by = excluded.outcome_by, outcome_function = excluded.outcome_function,
                                   outcome_at = excluded.outcome_at
                             where escalation_step.outcome is null
                            """)
                    .params(
                            e.id(),
                            e.municipalityId(),
                            s.position(),
                            s.level().name(),
                            s.question(),
                            s.raisedBy(),
                            s.raisedFunction().name(),
                            Timestamp.from(s.raisedAt()),
                            s.outcome(),
                            s.settled(),
                            s.outcomeBy(),
                            s.outcomeFunction() == null
                                    ? null
                                    : s.outcomeFunction().name(),
                            s.outcomeAt() == null ? null : Timestamp.from(s.outcomeAt()))
                    .update();
        }
    }

    private static Escalation.Step step(ResultSet rs) throws SQLException {
        Timestamp outcomeAt = rs.getTimestamp("outcome_at");
        String outcomeFunction = rs.getString("outcome_function");
        Object settled = rs.getObject("settled");
        return new Escalation.Step(
                rs.getInt("position"),
                EscalationLevel.valueOf(rs.getString("level")),
                rs.getString("question"),
                rs.getObject("raised_by", UUID.class),
                FunctionType.valueOf(rs.getString("raised_function")),
                rs.getTimestamp("raised_at").toInstant(),
                rs.getString("outcome"),
                settled == null ? null : (Boolean) settled,
                rs.getObject("outcome_by", UUID.class),
                outcomeFunction == null ? null : FunctionType.valueOf(outcomeFunction),
                outcomeAt == null ? null : outcomeAt.toInstant());
    }
}
