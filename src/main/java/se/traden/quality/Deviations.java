package se.traden.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
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

/** Deviations, their actions and history in PostgreSQL. Every read names the municipality. */
@Repository
class Deviations {
    private final JdbcClient jdbc;

    Deviations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next reference of the municipality's year: AVV-2026-0001, AVV-2026-0002, ... */
    String nextReference(UUID municipality, Instant now, ZoneId zone) {
        int year = Year.from(now.atZone(zone)).getValue();
        int number =
                jdbc.sql("""
                        insert into deviation_counter (municipality_id, year, last_number) values (?, ?, 1)
                        on conflict (municipality_id, year) do update set last_number = deviation_counter.last_number + 1
                        returning last_number
                        """).params(municipality, year).query(Integer.class).single();
        return "AVV-%d-%04d".formatted(year, number);
    }

    void insert(Deviation d) {
        jdbc.sql("""
                        insert into deviation (id, municipality_id, reference, raised_at, raised_by, raised_function,
                            source, review_id, case_id, what_happened, affected, status, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                        """)
                .params(
                        d.id(),
                        d.municipalityId(),
                        d.reference(),
                        Timestamp.from(d.raisedAt()),
                        d.raisedBy(),
                        d.raisedFunction().name(),
                        d.source().name(),
                        d.reviewId(),
                        d.caseId(),
                        d.whatHappened(),
                        d.affected().name(),
                        d.status().name())
                .update();
        saveActions(d);
        saveEvents(d);
    }

    void update(Deviation d) {
        var a = d.analysis();
        var f = d.followUp();
        int rows = jdbc.sql("""
                        update deviation set status = ?, causes = ?, analysed_by = ?, analysed_function = ?,
                            analysed_at = ?, follow_up = ?, effective = ?, followed_up_by = ?,
                            followed_up_function = ?, followed_up_at = ?, version = version + 1
                         where id = ? and municipality_id = ? and version = ?
                        """)
                .params(
                        d.status().name(),
                        a == null ? null : a.causes(),
                        a == null ? null : a.by(),
                        a == null ? null : a.function().name(),
                        a == null ? null : Timestamp.from(a.at()),
                        f == null ? null : f.text(),
                        f == null ? null : f.effective(),
                        f == null ? null : f.by(),
                        f == null ? null : f.function().name(),
                        f == null ? null : Timestamp.from(f.at()),
                        d.id(),
                        d.municipalityId(),
                        d.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException("deviation", d.id(), d.version());
        }
        saveActions(d);
        saveEvents(d);
    }

    Optional<Deviation> find(UUID municipality, UUID id) {
        return load("d.municipality_id = ? and d.id = ?", municipality, id).stream()
                .findFirst();
    }

    /** The register, the latest first, by status and by the year raised (in the municipality's zone). */
    List<Deviation> register(UUID municipality, DeviationStatus status, Integer year, ZoneId zone) {
        Instant from = year == null ? Instant.EPOCH : yearStart(year, zone);
        Instant to = year == null ? Instant.parse("9999-01-01T00:00:00Z") : yearStart(year + 1, zone);
        return load(
                "d.municipality_id = ? and (?::text is null or d.status = ?::text) and d.raised_at >= ? and d.raised_at < ?",
                municipality,
                status == null ? null : status.name(),
                status == null ? null : status.name(),
                Timestamp.from(from),
                Timestamp.from(to));
    }

    /** The years in which the municipality raised deviations, the latest first. */
    List<Integer> years(UUID municipality, ZoneId zone) {
        return jdbc.sql("""
                        select distinct extract(year from raised_at at time zone ?)::int as y from deviation
                         where municipality_id = ? order by y desc
                        """)
                .params(zone.getId(), municipality)
                .query(Integer.class)
                .list();
    }

    List<Deviation.Event> history(UUID municipality, UUID deviationId) {
        return jdbc.sql("""
                        select * from deviation_event where municipality_id = ? and deviation_id = ? order by id
                        """)
                .params(municipality, deviationId)
                .query((rs, n) -> new Deviation.Event(
                        Deviation.EventType.valueOf(rs.getString("type")),
                        rs.getTimestamp("at").toInstant(),
                        rs.getObject("staff_id", UUID.class),
                        FunctionType.valueOf(rs.getString("acting_function")),
                        rs.getString("detail")))
                .list();
    }

    static Instant yearStart(int year, ZoneId zone) {
        return LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
    }

    /** The deviations matching the condition, each with its actions: two queries, whatever the number. */
    private List<Deviation> load(String where, Object... params) {
        List<Row> rows = jdbc.sql("select d.* from deviation d where " + where + " order by d.raised_at desc")
                .params(params)
                .query(Deviations::row)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ImprovementAction>> actions = new HashMap<>();
        jdbc.sql("""
                        select * from deviation_action where municipality_id = ? and deviation_id = any(?::uuid[])
                         order by deviation_id, position
                        """)
                .params(
                        rows.getFirst().municipalityId(),
                        rows.stream().map(r -> r.id().toString()).toArray(String[]::new))
                .query(rs -> {
                    actions.computeIfAbsent(rs.getObject("deviation_id", UUID.class), k -> new ArrayList<>())
                            .add(action(rs));
                });
        return rows.stream()
                .map(r -> r.toDeviation(actions.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private void saveActions(Deviation d) {
        for (var a : d.actions()) {
            jdbc.sql("""
                            insert into deviation_action (id, deviation_id, municipality_id, position, what,
                                owner_staff_id, owner_function, due_on, planned_by, planned_function, planned_at,
                                done_on, done_note, done_by, done_function, done_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            on conflict (id) do update
                               set done_on = excluded.done_on, done_note = excluded.done_note,
                                   done_by = excluded.done_by, done_function = excluded.done_function,
                                   done_at = excluded.done_at
                             where deviation_action.done_on is null
                            """)
                    .params(
                            a.id(),
                            d.id(),
                            d.municipalityId(),
                            a.position(),
                            a.what(),
                            a.ownerStaffId(),
                            a.ownerFunction().name(),
                            a.dueOn(),
                            a.plannedBy(),
                            a.plannedFunction().name(),
                            Timestamp.from(a.plannedAt()),
                            a.doneOn(),
                            a.doneNote(),
                            a.doneBy(),
                            a.doneFunction() == null ? null : a.doneFunction().name(),
                            a.doneAt() == null ? null : Timestamp.from(a.doneAt()))
                    .update();
        }
    }

    private void saveEvents(Deviation d) {
        for (var e : d.recorded()) {
            jdbc.sql("""
                            insert into deviation_event (deviation_id, municipality_id, type, at, staff_id,
                                acting_function, detail)
                            values (?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            d.id(),
                            d.municipalityId(),
                            e.type().name(),
                            Timestamp.from(e.at()),
                            e.staffId(),
                            e.function().name(),
                            e.detail())
                    .update();
        }
    }

    /** A deviation's own columns, before its actions are joined to it. */
    private record Row(
            UUID id,
            UUID municipalityId,
            String reference,
            Instant raisedAt,
            UUID raisedBy,
            FunctionType raisedFunction,
            Deviation.Origin origin,
            String whatHappened,
            ProcessStep affected,
            DeviationStatus status,
            Deviation.Analysis analysis,
            Deviation.FollowUp followUp,
            long version) {

        Deviation toDeviation(List<ImprovementAction> actions) {
            return new Deviation(
                    id,
                    municipalityId,
                    reference,
                    raisedAt,
                    raisedBy,
                    raisedFunction,
                    origin,
                    whatHappened,
                    affected,
                    status,
                    analysis,
                    actions,
                    followUp,
                    version);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String causes = rs.getString("causes");
        String followUp = rs.getString("follow_up");
        DeviationSource source = DeviationSource.valueOf(rs.getString("source"));
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                rs.getString("reference"),
                rs.getTimestamp("raised_at").toInstant(),
                rs.getObject("raised_by", UUID.class),
                FunctionType.valueOf(rs.getString("raised_function")),
                source == DeviationSource.AFTER_ACTION_REVIEW
                        ? Deviation.Origin.review(
                                rs.getObject("review_id", UUID.class), rs.getObject("case_id", UUID.class))
                        : Deviation.Origin.OTHER,
                rs.getString("what_happened"),
                ProcessStep.valueOf(rs.getString("affected")),
                DeviationStatus.valueOf(rs.getString("status")),
                causes == null
                        ? null
                        : new Deviation.Analysis(
                                causes,
                                rs.getObject("analysed_by", UUID.class),
                                FunctionType.valueOf(rs.getString("analysed_function")),
                                rs.getTimestamp("analysed_at").toInstant()),
                followUp == null
                        ? null
                        : new Deviation.FollowUp(
                                rs.getBoolean("effective"),
                                followUp,
                                rs.getObject("followed_up_by", UUID.class),
                                FunctionType.valueOf(rs.getString("followed_up_function")),
                                rs.getTimestamp("followed_up_at").toInstant()),
                rs.getLong("version"));
    }

    private static ImprovementAction action(ResultSet rs) throws SQLException {
        String doneFunction = rs.getString("done_function");
        Timestamp doneAt = rs.getTimestamp("done_at");
        return new ImprovementAction(
                rs.getObject("id", UUID.class),
                rs.getInt("position"),
                rs.getString("what"),
                rs.getObject("owner_staff_id", UUID.class),
                FunctionType.valueOf(rs.getString("owner_function")),
                rs.getObject("due_on", LocalDate.class),
                rs.getObject("planned_by", UUID.class),
                FunctionType.valueOf(rs.getString("planned_function")),
                rs.getTimestamp("planned_at").toInstant(),
                rs.getObject("done_on", LocalDate.class),
                rs.getString("done_note"),
                rs.getObject("done_by", UUID.class),
                doneFunction == null ? null : FunctionType.valueOf(doneFunction),
                doneAt == null ? null : doneAt.toInstant());
    }
}
