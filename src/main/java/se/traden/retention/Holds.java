package se.traden.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.shared.FunctionType;

/** Holds in PostgreSQL, always within one municipality; and the records a hold can be placed on, by number. */
@Repository
class Holds {
    private static final String COLUMNS = """
            id, municipality_id, record_type, record_id, reference, reason, placed_at, placed_by, placed_function,
            released_at, released_function, version""";

    private final JdbcClient jdbc;

    Holds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Hold> active(UUID municipality) {
        return jdbc.sql("select " + COLUMNS + " from retention_hold where municipality_id = ? and released_at is null"
                        + " order by placed_at desc, id")
                .param(municipality)
                .query(Holds::hold)
                .list();
    }

    Optional<Hold> find(UUID municipality, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from retention_hold where municipality_id = ? and id = ?")
                .params(municipality, id)
                .query(Holds::hold)
                .optional();
    }

    /** The case or concern with this number in the municipality: its id, and the person it is about. */
    record Target(UUID id, String reference, UUID personId) {}

    Optional<Target> target(UUID municipality, Hold.HeldRecord type, String reference) {
        String table = type == Hold.HeldRecord.CASE ? "collab_case" : "concern";
        return jdbc.sql("select id, reference, person_id from " + table
                        + " where municipality_id = ? and upper(reference) = upper(?)")
                .params(municipality, reference.strip())
                .query((rs, n) -> new Target(
                        rs.getObject("id", UUID.class),
                        rs.getString("reference"),
                        rs.getObject("person_id", UUID.class)))
                .optional();
    }

    /** Places the hold; false when the record already has an active one. */
    boolean insert(Hold h) {
        return jdbc.sql("""
                        insert into retention_hold (id, municipality_id, record_type, record_id, reference, reason,
                            placed_at, placed_by, placed_function, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0) on conflict do nothing
                        """)
                        .params(
                                h.id(),
                                h.municipalityId(),
                                h.recordType().name(),
                                h.recordId(),
                                h.reference(),
                                h.reason(),
                                Timestamp.from(h.placedAt()),
                                h.placedBy(),
                                h.placedFunction().name())
                        .update()
                == 1;
    }

    /** Records the release; false when another change came first. */
    boolean release(Hold released, UUID by) {
        return jdbc.sql("""
                        update retention_hold set released_at = ?, released_by = ?, released_function = ?, version = ?
                         where municipality_id = ? and id = ? and version = ? and released_at is null
                        """)
                        .params(
                                Timestamp.from(released.releasedAt()),
                                by,
                                released.releasedFunction().name(),
                                released.version(),
                                released.municipalityId(),
                                released.id(),
                                released.version() - 1)
                        .update()
                == 1;
    }

    private static Hold hold(ResultSet rs, int n) throws SQLException {
        Timestamp released = rs.getTimestamp("released_at");
        String releasedFunction = rs.getString("released_function");
        return new Hold(
                rs.getObject("id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                Hold.HeldRecord.valueOf(rs.getString("record_type")),
                rs.getObject("record_id", UUID.class),
                rs.getString("reference"),
                rs.getString("reason"),
                rs.getTimestamp("placed_at").toInstant(),
                rs.getObject("placed_by", UUID.class),
                FunctionType.valueOf(rs.getString("placed_function")),
                released == null ? null : released.toInstant(),
                releasedFunction == null ? null : FunctionType.valueOf(releasedFunction),
                rs.getLong("version"));
    }
}
