package se.traden.intake;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.shared.ConcurrentEditException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Concerns and their timelines in PostgreSQL. Every read names the municipality. */
@Repository
class Concerns {
    static final String COLUMNS = """
            c.id, c.municipality_id, c.reference, c.received_at, c.route, c.reporter_staff_id,
            c.reporter_organisation_id, c.reporter_organisation, c.reporter_function, c.reporter_name,
            c.reporter_contact, c.subject_name, c.subject_personal_number, c.subject_birth_year,
            c.subject_school, c.person_id, c.worry, c.problem_areas, c.urgent, c.mandatory_report,
            c.mandatory_report_reason, c.status, c.complexity, c.gathering_started_at, c.gathering_due_at,
            c.gathering_met_at, c.feedback_started_at, c.feedback_due_at, c.feedback_met_at,
            c.decision_started_at, c.decision_due_at, c.decision_met_at, c.case_manager_staff_id, c.version
            """;
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Concerns(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The next reference of the year in the municipality, such as {@code O-2026-00042}. */
    String nextReference(UUID municipality, Instant now, ZoneId zone) {
        int year = Year.from(now.atZone(zone)).getValue();
        int number =
                jdbc.sql("""
                        insert into concern_counter (municipality_id, year, last_number) values (?, ?, 1)
                        on conflict (municipality_id, year) do update set last_number = concern_counter.last_number + 1
                        returning last_number
                        """).params(municipality, year).query(Integer.class).single();
        return "O-%d-%05d".formatted(year, number);
    }

    Optional<Concern> find(UUID municipality, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from concern c where c.municipality_id = ? and c.id = ?")
                .params(municipality, id)
                .query(Concerns::map)
                .optional();
    }

    void insert(Concern c) {
        jdbc.sql("""
                        insert into concern (id, municipality_id, reference, received_at, route, reporter_staff_id,
                            reporter_organisation_id, reporter_organisation, reporter_function, reporter_name,
                            reporter_contact, subject_name, subject_personal_number, subject_birth_year,
                            subject_school, person_id, worry, problem_areas, urgent, mandatory_report,
                            mandatory_report_reason, status, complexity, gathering_started_at, gathering_due_at,
                            gathering_met_at, feedback_started_at, feedback_due_at, feedback_met_at,
                            decision_started_at, decision_due_at, decision_met_at, case_manager_staff_id, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                                ?, ?, ?, ?, ?, 0)
                        """)
                .params(
                        c.id(),
                        c.municipalityId(),
                        c.reference(),
                        ts(c.receivedAt()),
                        c.route().name(),
                        c.reporter().staffId(),
                        c.reporter().organisationId(),
                        c.reporter().organisationName(),
                        c.reporter().function(),
                        c.reporter().name(),
                        c.reporter().contact(),
                        c.subject().name(),
                        c.subject().personalNumber(),
                        c.subject().birthYear(),
                        c.subject().school(),
                        c.personId(),
                        c.worry(),
                        areas(c.problemAreas()),
                        c.urgent(),
                        c.mandatoryReport().name(),
                        c.mandatoryReportReason(),
                        c.status().name(),
                        c.complexity() == null ? null : c.complexity().name(),
                        ts(c.gathering().startedAt()),
                        ts(c.gathering().dueAt()),
                        ts(c.gathering().metAt()),
                        ts(c.feedback().startedAt()),
                        ts(c.feedback().dueAt()),
                        ts(c.feedback().metAt()),
                        ts(c.decision().startedAt()),
                        ts(c.decision().dueAt()),
                        ts(c.decision().metAt()),
                        c.caseManagerStaffId())
                .update();
        appendEvents(c);
    }

    /** Writes the concern's changed state if nobody else changed it since it was read. */
    void update(Concern c) {
        int rows = jdbc.sql("""
                        update concern set person_id = ?, status = ?, complexity = ?,
                            gathering_started_at = ?, gathering_due_at = ?, gathering_met_at = ?,
                            feedback_started_at = ?, feedback_due_at = ?, feedback_met_at = ?,
                            decision_started_at = ?, decision_due_at = ?, decision_met_at = ?,
                            case_manager_staff_id = ?, version = version + 1
                         where id = ? and municipality_id = ? and version = ?
                        """)
                .params(
                        c.personId(),
                        c.status().name(),
                        c.complexity() == null ? null : c.complexity().name(),
                        ts(c.gathering().startedAt()),
                        ts(c.gathering().dueAt()),
                        ts(c.gathering().metAt()),
                        ts(c.feedback().startedAt()),
                        ts(c.feedback().dueAt()),
                        ts(c.feedback().metAt()),
                        ts(c.decision().startedAt()),
                        ts(c.decision().dueAt()),
                        ts(c.decision().metAt()),
                        c.caseManagerStaffId(),
                        c.id(),
                        c.municipalityId(),
                        c.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException("concern", c.id(), c.version());
        }
        appendEvents(c);
    }

    /** The receipt of a concern, only when the given staff member raised it. */
    Optional<ConcernReceipt> receipt(UUID municipality, UUID reporterStaff, UUID concern) {
        return jdbc.sql("""
                        select id, reference, received_at, subject_name, urgent, route, feedback_due_at
                          from concern where municipality_id = ? and reporter_staff_id = ? and id = ?
                        """)
                .params(municipality, reporterStaff, concern)
                .query((rs, n) -> new ConcernReceipt(
                        rs.getObject("id", UUID.class),
                        rs.getString("reference"),
                        instant(rs, "received_at"),
                        rs.getString("subject_name"),
                        rs.getBoolean("urgent"),
                        Concern.ContactRoute.valueOf(rs.getString("route")),
                        instant(rs, "feedback_due_at")))
                .optional();
    }

    /** The first of a municipality's deadlines not yet met; the inbox's order, served by the index concern_inbox_next. */
    static final String NEXT_DUE = "least(case when c.gathering_met_at is null then c.gathering_due_at end,"
            + " case when c.feedback_met_at is null then c.feedback_due_at end,"
            + " case when c.decision_met_at is null then c.decision_due_at end)";

    /**
     * Open concerns of the municipality, urgent first, then by the deadline that runs out first, a page at a
     * time; {@code filter} is a fixed SQL condition chosen by the caller.
     */
    List<Concern> open(UUID municipality, String filter, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS
                        + " from concern c where c.municipality_id = ?"
                        + " and c.status in ('RECEIVED', 'TRIAGED', 'GATHERING', 'ASSESSED')" + filter
                        + " order by c.urgent desc, " + NEXT_DUE + ", c.id limit " + limit + " offset " + offset)
                .param(municipality)
                .query(Concerns::map)
                .list();
    }

    /** The concerns a reporter raised, newest first, with only the feedback events. */
    List<ReporterView> raisedBy(UUID municipality, UUID reporterStaff) {
        var rows = jdbc.sql("""
                        select c.id, c.reference, c.received_at, c.subject_name, c.urgent, c.status,
                               e.occurred_at as feedback_at, e.reason as feedback
                          from concern c
                          left join concern_event e on e.concern_id = c.id and e.type = 'FEEDBACK_GIVEN'
                         where c.municipality_id = ? and c.reporter_staff_id = ?
                         order by c.received_at desc, e.id
                         limit 1000
                        """)
                .params(municipality, reporterStaff)
                .query((rs, n) -> new Object[] {
                    rs.getObject("id", UUID.class),
                    rs.getString("reference"),
                    instant(rs, "received_at"),
                    rs.getString("subject_name"),
                    rs.getBoolean("urgent"),
                    !ConcernStatus.valueOf(rs.getString("status")).isOpen(),
                    instant(rs, "feedback_at"),
                    rs.getString("feedback")
                })
                .list();
        var views = new java.util.LinkedHashMap<UUID, ReporterView>();
        for (Object[] r : rows) {
            var view = views.computeIfAbsent(
                    (UUID) r[0],
                    id -> new ReporterView(
                            id,
                            (String) r[1],
                            (Instant) r[2],
                            (String) r[3],
                            (Boolean) r[4],
                            (Boolean) r[5],
                            new java.util.ArrayList<>()));
            if (r[6] != null) {
                view.feedback().add(new ReporterView.Feedback((Instant) r[6], (String) r[7]));
            }
        }
        return List.copyOf(views.values());
    }

    List<ConcernEvent> timeline(UUID municipality, UUID concern) {
        return jdbc.sql("""
                        select occurred_at, staff_id, acting_function, type, reason, details::text
                          from concern_event where municipality_id = ? and concern_id = ? order by id
                        """)
                .params(municipality, concern)
                .query((rs, n) -> new ConcernEvent(
                        rs.getString("type"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getObject("staff_id", UUID.class),
                        rs.getString("acting_function"),
                        rs.getString("reason"),
                        json.readValue(rs.getString("details"), DETAILS)))
                .list();
    }

    private void appendEvents(Concern c) {
        for (ConcernEvent e : c.newEvents()) {
            jdbc.sql("""
                            insert into concern_event (concern_id, municipality_id, occurred_at, staff_id,
                                acting_function, type, reason, details)
                            values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                            """)
                    .params(
                            c.id(),
                            c.municipalityId(),
                            ts(e.at()),
                            e.staffId(),
                            e.actingFunction(),
                            e.type(),
                            e.reason(),
                            json.writeValueAsString(e.details()))
                    .update();
        }
    }

    static Concern map(ResultSet rs, int n) throws SQLException {
        return new Concern(
                rs.getObject("id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                rs.getString("reference"),
                instant(rs, "received_at"),
                Concern.ContactRoute.valueOf(rs.getString("route")),
                new Reporter(
                        rs.getObject("reporter_staff_id", UUID.class),
                        rs.getObject("reporter_organisation_id", UUID.class),
                        rs.getString("reporter_organisation"),
                        rs.getString("reporter_function"),
                        rs.getString("reporter_name"),
                        rs.getString("reporter_contact")),
                new Subject(
                        rs.getString("subject_name"),
                        rs.getString("subject_personal_number"),
                        (Integer) rs.getObject("subject_birth_year"),
                        rs.getString("subject_school")),
                rs.getString("worry"),
                areas(rs.getArray("problem_areas")),
                rs.getBoolean("urgent"),
                MandatoryReport.valueOf(rs.getString("mandatory_report")),
                rs.getString("mandatory_report_reason"),
                rs.getObject("person_id", UUID.class),
                ConcernStatus.valueOf(rs.getString("status")),
                rs.getString("complexity") == null ? null : Complexity.valueOf(rs.getString("complexity")),
                new Deadline(
                        instant(rs, "gathering_started_at"),
                        instant(rs, "gathering_due_at"),
                        instant(rs, "gathering_met_at")),
                new Deadline(
                        instant(rs, "feedback_started_at"),
                        instant(rs, "feedback_due_at"),
                        instant(rs, "feedback_met_at")),
                new Deadline(
                        instant(rs, "decision_started_at"),
                        instant(rs, "decision_due_at"),
                        instant(rs, "decision_met_at")),
                rs.getObject("case_manager_staff_id", UUID.class),
                rs.getLong("version"));
    }

    static Set<ProblemArea> areas(Array array) throws SQLException {
        String[] values = (String[]) array.getArray();
        return values.length == 0
                ? EnumSet.noneOf(ProblemArea.class)
                : Arrays.stream(values)
                        .map(ProblemArea::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProblemArea.class)));
    }

    static String areas(Set<ProblemArea> areas) {
        return areas.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
