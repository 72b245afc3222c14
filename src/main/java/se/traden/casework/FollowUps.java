package se.traden.casework;

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

/**
 * Follow-ups of maintaining contacts and their reminders in PostgreSQL. Reads for people name the
 * municipality; the scan alone reads across municipalities, and only dates and references.
 */
@Repository
class FollowUps {
    private static final String COLUMNS = """
            f.id, f.municipality_id, f.case_id, f.due_on, f.what, f.scheduled_at, f.scheduled_by_staff_id,
            f.done_at, f.done_by_staff_id, f.done_note, f.version
            """;
    private static final String REMINDER_COLUMNS = """
            r.id, r.municipality_id, r.follow_up_id, r.case_id, r.case_reference, r.due_on, f.what, r.state,
            r.created_at, r.read_at
            """;

    private final JdbcClient jdbc;

    FollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A follow-up with the case it belongs to, as a list shows it. */
    record Row(FollowUp followUp, String caseReference, UUID personId, UUID caseManagerId) {}

    void insert(FollowUp f) {
        jdbc.sql("""
                        insert into case_follow_up (id, municipality_id, case_id, due_on, what, scheduled_at,
                            scheduled_by_staff_id, version)
                        values (?, ?, ?, ?, ?, ?, ?, 0)
                        """)
                .params(
                        f.id(),
                        f.municipalityId(),
                        f.caseId(),
                        f.dueOn(),
                        f.what(),
                        Timestamp.from(f.scheduledAt()),
                        f.scheduledByStaffId())
                .update();
    }

    void update(FollowUp f) {
        int rows = jdbc.sql("""
                        update case_follow_up set done_at = ?, done_by_staff_id = ?, done_note = ?, version = version + 1
                         where id = ? and municipality_id = ? and version = ?
                        """)
                .params(ts(f.doneAt()), f.doneByStaffId(), f.doneNote(), f.id(), f.municipalityId(), f.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException("case-follow-up", f.id(), f.version());
        }
    }

    Optional<FollowUp> find(UUID municipality, UUID caseId, UUID id) {
        return jdbc.sql("select " + COLUMNS
                        + " from case_follow_up f where f.municipality_id = ? and f.case_id = ? and f.id = ?")
                .params(municipality, caseId, id)
                .query(FollowUps::map)
                .optional();
    }

    List<FollowUp> ofCase(UUID municipality, UUID caseId) {
        return jdbc.sql("select " + COLUMNS
                        + " from case_follow_up f where f.municipality_id = ? and f.case_id = ?"
                        + " order by f.due_on, f.scheduled_at")
                .params(municipality, caseId)
                .query(FollowUps::map)
                .list();
    }

    /**
     * The follow-ups still to do on the cases kept as maintaining contacts, of one case manager or (with
     * null) of the whole municipality, by their day.
     */
    List<Row> open(UUID municipality, UUID caseManager) {
        return jdbc.sql("select " + COLUMNS + """
                        , c.reference, c.person_id, c.case_manager_staff_id
                          from case_follow_up f join collab_case c on c.id = f.case_id
                         where f.municipality_id = :municipality and c.municipality_id = :municipality
                           and f.done_at is null and c.status = 'MAINTENANCE'
                           and (cast(:manager as uuid) is null or c.case_manager_staff_id = :manager)
                         order by f.due_on, c.reference
                         limit 1000
                        """)
                .param("municipality", municipality)
                .param("manager", caseManager)
                .query((rs, n) -> new Row(
                        map(rs, n),
                        rs.getString("reference"),
                        rs.getObject("person_id", UUID.class),
                        rs.getObject("case_manager_staff_id", UUID.class)))
                .list();
    }

    /** What the scan looks at: every follow-up still to do on a maintained case, in every municipality. */
    List<Row> openInEveryMunicipality() {
        return jdbc.sql("select " + COLUMNS + """
                        , c.reference, c.person_id, c.case_manager_staff_id
                          from case_follow_up f join collab_case c on c.id = f.case_id
                         where f.done_at is null and c.status = 'MAINTENANCE'
                        """)
                .query((rs, n) -> new Row(
                        map(rs, n),
                        rs.getString("reference"),
                        rs.getObject("person_id", UUID.class),
                        rs.getObject("case_manager_staff_id", UUID.class)))
                .list();
    }

    /** Writes the reminder unless one of the same follow-up and state exists; says whether it wrote. */
    boolean remindIfAbsent(FollowUp f, String caseReference, FollowUpState state, Instant now) {
        return jdbc.sql("""
                                insert into follow_up_reminder (id, municipality_id, follow_up_id, case_id, case_reference,
                                    due_on, state, created_at)
                                values (?, ?, ?, ?, ?, ?, ?, ?)
                                on conflict (follow_up_id, state) do nothing
                                """)
                        .params(
                                UUID.randomUUID(),
                                f.municipalityId(),
                                f.id(),
                                f.caseId(),
                                caseReference,
                                f.dueOn(),
                                state.name(),
                                Timestamp.from(now))
                        .update()
                > 0;
    }

    /**
     * Settles the reminders that no longer matter: the follow-up is done, the maintaining contact has
     * ended, or an overdue reminder has taken the place of the due one.
     */
    int settleStale(Instant now) {
        return jdbc.sql("""
                        update follow_up_reminder r set settled_at = ?
                         where r.settled_at is null
                           and (exists (select 1 from case_follow_up f where f.id = r.follow_up_id and f.done_at is not null)
                             or exists (select 1 from collab_case c where c.id = r.case_id and c.status <> 'MAINTENANCE')
                             or (r.state = 'DUE' and exists (select 1 from follow_up_reminder o
                                                              where o.follow_up_id = r.follow_up_id and o.state = 'OVERDUE')))
                        """).param(Timestamp.from(now)).update();
    }

    /** Settles the reminders of one follow-up at once, when it is recorded as done. */
    void settleFor(UUID municipality, UUID followUpId, Instant now) {
        jdbc.sql("""
                        update follow_up_reminder set settled_at = ?
                         where municipality_id = ? and follow_up_id = ? and settled_at is null
                        """).params(Timestamp.from(now), municipality, followUpId).update();
    }

    /** The unsettled reminders of the cases a case manager holds now, unread first, newest first. */
    List<FollowUpReminder> activeFor(UUID municipality, UUID caseManager) {
        return jdbc.sql("select " + REMINDER_COLUMNS + """
                          from follow_up_reminder r join collab_case c on c.id = r.case_id
                          join case_follow_up f on f.id = r.follow_up_id
                         where r.municipality_id = ? and c.case_manager_staff_id = ? and r.settled_at is null
                         order by r.read_at is not null, r.created_at desc, r.case_reference
                         limit 500
                        """)
                .params(municipality, caseManager)
                .query(FollowUps::reminder)
                .list();
    }

    long unreadFor(UUID municipality, UUID caseManager) {
        return jdbc.sql("""
                        select count(*) from follow_up_reminder r join collab_case c on c.id = r.case_id
                         where r.municipality_id = ? and c.case_manager_staff_id = ?
                           and r.settled_at is null and r.read_at is null
                        """).params(municipality, caseManager).query(Long.class).single();
    }

    /** A reminder of a case the case manager holds now; anyone else's is absent. */
    Optional<FollowUpReminder> reminderFor(UUID municipality, UUID caseManager, UUID id) {
        return jdbc.sql("select " + REMINDER_COLUMNS + """
                          from follow_up_reminder r join collab_case c on c.id = r.case_id
                          join case_follow_up f on f.id = r.follow_up_id
                         where r.municipality_id = ? and c.case_manager_staff_id = ? and r.id = ?
                        """)
                .params(municipality, caseManager, id)
                .query(FollowUps::reminder)
                .optional();
    }

    /** Marks read once; reading again changes nothing, so no version is needed. */
    void markRead(UUID municipality, UUID id, UUID staff, Instant at) {
        jdbc.sql("""
                        update follow_up_reminder set read_at = ?, read_by_staff_id = ?
                         where municipality_id = ? and id = ? and read_at is null
                        """).params(Timestamp.from(at), staff, municipality, id).update();
    }

    private static FollowUp map(ResultSet rs, int n) throws SQLException {
        return new FollowUp(
                rs.getObject("id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("due_on", LocalDate.class),
                rs.getString("what"),
                rs.getTimestamp("scheduled_at").toInstant(),
                rs.getObject("scheduled_by_staff_id", UUID.class),
                instant(rs, "done_at"),
                rs.getObject("done_by_staff_id", UUID.class),
                rs.getString("done_note"),
                rs.getLong("version"));
    }

    private static FollowUpReminder reminder(ResultSet rs, int n) throws SQLException {
        return new FollowUpReminder(
                rs.getObject("id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                rs.getObject("follow_up_id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getString("case_reference"),
                rs.getObject("due_on", LocalDate.class),
                rs.getString("what"),
                FollowUpState.valueOf(rs.getString("state")),
                instant(rs, "created_at"),
                instant(rs, "read_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
