package se.traden.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.shared.ConcurrentEditException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Cases and their histories in PostgreSQL. Every read names the municipality. */
@Repository
class Cases {
    static final String COLUMNS = """
            c.id, c.municipality_id, c.reference, c.person_id, c.origin_concern_id, c.case_manager_staff_id,
            c.opened_at, c.status, c.phase, c.intensive, c.maintenance_until, c.closed_at,
            c.escalated_to_group_manager, c.needs_case_manager, c.version
            """;
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Cases(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    String nextReference(UUID municipality, Instant now, ZoneId zone) {
        int year = Year.from(now.atZone(zone)).getValue();
        int number =
                jdbc.sql("""
                        insert into case_counter (municipality_id, year, last_number) values (?, ?, 1)
                        on conflict (municipality_id, year) do update set last_number = case_counter.last_number + 1
                        returning last_number
                        """).params(municipality, year).query(Integer.class).single();
        return "Ä-%d-%05d".formatted(year, number);
    }

    Optional<CollaborationCase> find(UUID municipality, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from collab_case c where c.municipality_id = ? and c.id = ?")
                .params(municipality, id)
                .query(Cases::map)
                .optional();
    }

    /** The latest case about a child, whatever its status: a new worry re-engages it. */
    Optional<CollaborationCase> latestFor(UUID municipality, UUID person) {
        return jdbc.sql("select " + COLUMNS
                        + " from collab_case c where c.municipality_id = ? and c.person_id = ?"
                        + " order by c.opened_at desc limit 1")
                .params(municipality, person)
                .query(Cases::map)
                .optional();
    }

    List<CollaborationCase> heldBy(UUID municipality, UUID caseManager) {
        return jdbc.sql("select " + COLUMNS
                        + " from collab_case c where c.municipality_id = ? and c.case_manager_staff_id = ?"
                        + " and c.status <> 'CLOSED' order by c.opened_at desc")
                .params(municipality, caseManager)
                .query(Cases::map)
                .list();
    }

    List<CollaborationCase> open(UUID municipality) {
        return jdbc.sql("select " + COLUMNS
                        + " from collab_case c where c.municipality_id = ? and c.status <> 'CLOSED'"
                        + " order by c.opened_at desc limit 1000")
                .param(municipality)
                .query(Cases::map)
                .list();
    }

    void insert(CollaborationCase c) {
        jdbc.sql("""
                        insert into collab_case (id, municipality_id, reference, person_id, origin_concern_id,
                            case_manager_staff_id, opened_at, status, phase, intensive, maintenance_until, closed_at,
                            escalated_to_group_manager, needs_case_manager, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                        """)
                .params(
                        c.id(),
                        c.municipalityId(),
                        c.reference(),
                        c.personId(),
                        c.originConcernId(),
                        c.caseManagerStaffId(),
                        Timestamp.from(c.openedAt()),
                        c.status().name(),
                        c.phase().name(),
                        c.intensive(),
                        c.maintenanceUntil(),
                        c.closedAt() == null ? null : Timestamp.from(c.closedAt()),
                        c.escalatedToGroupManager(),
                        c.needsCaseManager())
                .update();
        appendEvents(c);
    }

    void update(CollaborationCase c) {
        int rows = jdbc.sql("""
                        update collab_case set case_manager_staff_id = ?, status = ?, phase = ?, intensive = ?,
                            maintenance_until = ?, closed_at = ?, escalated_to_group_manager = ?, needs_case_manager = ?,
                            version = version + 1
                         where id = ? and municipality_id = ? and version = ?
                        """)
                .params(
                        c.caseManagerStaffId(),
                        c.status().name(),
                        c.phase().name(),
                        c.intensive(),
                        c.maintenanceUntil(),
                        c.closedAt() == null ? null : Timestamp.from(c.closedAt()),
                        c.escalatedToGroupManager(),
                        c.needsCaseManager(),
                        c.id(),
                        c.municipalityId(),
                        c.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException("case", c.id(), c.version());
        }
        appendEvents(c);
    }

    List<CaseEvent> history(UUID municipality, UUID caseId) {
        return jdbc.sql("""
                        select occurred_at, staff_id, acting_function, type, reason, details::text
                          from case_event where municipality_id = ? and case_id = ? order by id
                        """)
                .params(municipality, caseId)
                .query((rs, n) -> new CaseEvent(
                        rs.getString("type"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getObject("staff_id", UUID.class),
                        rs.getString("acting_function"),
                        rs.getString("reason"),
                        json.readValue(rs.getString("details"), DETAILS)))
                .list();
    }

    /** Writes the case's new history lines without changing the case itself (its version stays). */
    private void appendEvents(CollaborationCase c) {
        for (CaseEvent e : c.newEvents()) {
            appendEvent(c.municipalityId(), c.id(), e);
        }
    }

    /** One line of history, for work kept beside the case (its version stays). */
    void appendEvent(UUID municipality, UUID caseId, CaseEvent e) {
        jdbc.sql("""
                        insert into case_event (case_id, municipality_id, occurred_at, staff_id, acting_function,
                            type, reason, details)
                        values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                        """)
                .params(
                        caseId,
                        municipality,
                        Timestamp.from(e.at()),
                        e.staffId(),
                        e.actingFunction(),
                        e.type(),
                        e.reason(),
                        json.writeValueAsString(e.details()))
                .update();
    }

    static CollaborationCase map(ResultSet rs, int n) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new CollaborationCase(
                rs.getObject("id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                rs.getString("reference"),
                rs.getObject("person_id", UUID.class),
                rs.getObject("origin_concern_id", UUID.class),
                rs.getObject("case_manager_staff_id", UUID.class),
                rs.getTimestamp("opened_at").toInstant(),
                CaseStatus.valueOf(rs.getString("status")),
                Phase.valueOf(rs.getString("phase")),
                rs.getBoolean("intensive"),
                rs.getObject("maintenance_until", LocalDate.class),
                closed == null ? null : closed.toInstant(),
                rs.getBoolean("escalated_to_group_manager"),
                rs.getBoolean("needs_case_manager"),
                rs.getLong("version"));
    }
}
