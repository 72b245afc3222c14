package se.traden.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The runs of the thinning job and their counts. A run is written when it starts and completed at its end. */
@Repository
class RetentionRuns {
    private final JdbcClient jdbc;

    RetentionRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void start(UUID id, UUID municipality, Instant asOf, Instant startedAt) {
        jdbc.sql("insert into retention_run (id, municipality_id, as_of, started_at) values (?, ?, ?, ?)")
                .params(id, municipality, Timestamp.from(asOf), Timestamp.from(startedAt))
                .update();
    }

    void finish(RunReport report) {
        jdbc.sql("update retention_run set finished_at = ?, outcome = ? where id = ? and municipality_id = ?")
                .params(
                        Timestamp.from(report.finishedAt()),
                        report.outcome().name(),
                        report.id(),
                        report.municipalityId())
                .update();
        for (TypeCount c : report.counts()) {
            jdbc.sql("""
                            insert into retention_run_count (run_id, municipality_id, record_type, enabled, due, thinned,
                                kept_hold, kept_placement, kept_research, kept_age, failed)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            report.id(),
                            report.municipalityId(),
                            c.type().name(),
                            c.enabled(),
                            c.due(),
                            c.thinned(),
                            c.keptHold(),
                            c.keptPlacement(),
                            c.keptResearch(),
                            c.keptAge(),
                            c.failed())
                    .update();
        }
    }

    /** The municipality's latest runs, newest first, with their counts. */
    List<RunReport> latest(UUID municipality, int limit) {
        Map<UUID, RunReport> runs = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, as_of, started_at, finished_at, outcome from retention_run
                         where municipality_id = ? order by started_at desc, id limit ?
                        """)
                .params(municipality, limit)
                .query((rs, n) -> run(rs, municipality))
                .list()
                .forEach(r -> runs.put(r.id(), r));
        if (runs.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<TypeCount>> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        select run_id, record_type, enabled, due, thinned, kept_hold, kept_placement, kept_research,
                               kept_age, failed
                          from retention_run_count where municipality_id = :m and run_id in (:runs)
                        """)
                .param("m", municipality)
                .param("runs", List.copyOf(runs.keySet()))
                .query(rs -> {
                    counts.computeIfAbsent(rs.getObject("run_id", UUID.class), id -> new ArrayList<>())
                            .add(new TypeCount(
                                    RecordType.valueOf(rs.getString("record_type")),
                                    rs.getBoolean("enabled"),
                                    rs.getInt("due"),
                                    rs.getInt("thinned"),
                                    rs.getInt("kept_hold"),
                                    rs.getInt("kept_placement"),
                                    rs.getInt("kept_research"),
                                    rs.getInt("kept_age"),
                                    rs.getInt("failed")));
                });
        return runs.values().stream()
                .map(r -> new RunReport(
                        r.id(),
                        r.municipalityId(),
                        r.asOf(),
                        r.startedAt(),
                        r.finishedAt(),
                        false,
                        r.outcome(),
                        counts.getOrDefault(r.id(), List.of()).stream()
                                .sorted(java.util.Comparator.comparing(TypeCount::type))
                                .toList()))
                .toList();
    }

    private static RunReport run(ResultSet rs, UUID municipality) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        String outcome = rs.getString("outcome");
        return new RunReport(
                rs.getObject("id", UUID.class),
                municipality,
                rs.getTimestamp("as_of").toInstant(),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                false,
                outcome == null ? null : RunReport.Outcome.valueOf(outcome),
                List.of());
    }
}
