package se.traden.reminders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.intake.DeadlineKind;
import se.traden.intake.DeadlineState;
import se.traden.shared.FunctionType;

/** Reminders in PostgreSQL. Reads for people name the municipality and the function addressed. */
@Repository
class Reminders {
    private static final String COLUMNS = """
            id, municipality_id, concern_id, concern_reference, kind, state, due_at, addressed_to,
            created_at, read_at, settled_at
            """;

    private final JdbcClient jdbc;

    Reminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the reminder unless one for the same deadline and state exists; says whether it wrote. */
    boolean insertIfAbsent(Reminder r) {
        return jdbc.sql("""
                        insert into reminder (id, municipality_id, concern_id, concern_reference, kind, state,
                            due_at, addressed_to, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (concern_id, kind, due_at, state) do nothing
                        """)
                        .params(
                                r.id(),
                                r.municipalityId(),
                                r.concernId(),
                                r.concernReference(),
                                r.kind().name(),
                                r.state().name(),
                                ts(r.dueAt()),
                                r.addressedTo().name(),
                                ts(r.createdAt()))
                        .update()
                > 0;
    }

    /** The reminders not yet settled, in every municipality: what the scan checks against. */
    /**
     * The reminders of the concerns whose ids lie after {@code after} (null: from the first) and up to
     * {@code upTo} (null: to the last), in the database's order of uuids: a page of the scan.
     */
    List<Reminder> ofConcernsBetween(UUID after, UUID upTo) {
        return jdbc.sql(
                        "select " + COLUMNS + " from reminder"
                                + " where (cast(? as uuid) is null or concern_id > ?) and (cast(? as uuid) is null or concern_id <= ?)")
                .params(after, after, upTo, upTo)
                .query(Reminders::map)
                .list();
    }

    int settle(Collection<UUID> ids, Instant at) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("update reminder set settled_at = :at where id in (:ids) and settled_at is null")
                .param("at", ts(at))
                .param("ids", ids)
                .update();
    }

    /** The unsettled reminders to a function of a municipality, unread first, newest first. */
    List<Reminder> active(UUID municipality, FunctionType addressedTo) {
        return jdbc.sql("select " + COLUMNS + """
                         from reminder
                        where municipality_id = ? and addressed_to = ? and settled_at is null
                        order by read_at is not null, created_at desc, concern_reference, kind
                        limit 500
                        """)
                .params(municipality, addressedTo.name())
                .query(Reminders::map)
                .list();
    }

    long unread(UUID municipality, FunctionType addressedTo) {
        return jdbc.sql("""
                        select count(*) from reminder
                         where municipality_id = ? and addressed_to = ? and settled_at is null and read_at is null
                        """)
                .params(municipality, addressedTo.name())
                .query(Long.class)
                .single();
    }

    Optional<Reminder> find(UUID municipality, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from reminder where municipality_id = ? and id = ?")
                .params(municipality, id)
                .query(Reminders::map)
                .optional();
    }

    /**
     * Marks the reminder read, once: reading again changes nothing, so two people of the same function
     * marking it at the same moment need no version check.
     */
    void markRead(UUID municipality, UUID id, UUID staff, Instant at) {
        jdbc.sql("""
                        update reminder set read_at = ?, read_by_staff_id = ?
                         where municipality_id = ? and id = ? and read_at is null
                        """).params(ts(at), staff, municipality, id).update();
    }

    private static Reminder map(ResultSet rs, int n) throws SQLException {
        return new Reminder(
                rs.getObject("id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                rs.getObject("concern_id", UUID.class),
                rs.getString("concern_reference"),
                DeadlineKind.valueOf(rs.getString("kind")),
                DeadlineState.valueOf(rs.getString("state")),
                instant(rs, "due_at"),
                FunctionType.valueOf(rs.getString("addressed_to")),
                instant(rs, "created_at"),
                instant(rs, "read_at"),
                instant(rs, "settled_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
