package se.traden.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the access log for review. Newest first with a keyset on (occurred_at, id) rather than an
 * offset: every filter has an index ending in those two columns (see V30), so a page costs the same
 * wherever in a long log it starts.
 */
@Repository
class AccessLogEntries {
    private final JdbcClient jdbc;

    AccessLogEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AccessLogPage search(UUID municipalityId, AccessLogQuery query, ZoneId zone) {
        Statement statement = statement(municipalityId, query, zone);
        List<AccessLogLine> lines = jdbc.sql(statement.sql())
                .params(statement.params())
                .query(AccessLogEntries::map)
                .list();
        if (lines.size() <= query.limit()) {
            return new AccessLogPage(lines, null);
        }
        List<AccessLogLine> page = lines.subList(0, query.limit());
        return new AccessLogPage(page, AccessLogCursor.after(page.getLast()));
    }

    /** The statement a search runs; its own method so that a test can ask the database for its plan. */
    static Statement statement(UUID municipalityId, AccessLogQuery query, ZoneId zone) {
        var sql = new StringBuilder("""
                select l.id, l.seq, l.occurred_at, l.staff_id, s.name as staff_name, l.username, l.acting_function,
                       l.action, l.record_type, l.record_id, l.person_id, l.outcome, l.reason
                  from access_log l
                  left join staff s on s.id = l.staff_id and s.municipality_id = l.municipality_id
                 where l.municipality_id = ?
                """);
        List<Object> params = new ArrayList<>();
        params.add(municipalityId);
        if (query.personId() != null) {
            sql.append(" and l.person_id = ?");
            params.add(query.personId());
        }
        if (query.username() != null) {
            sql.append(" and l.username = ?");
            params.add(query.username());
        }
        if (query.staffId() != null) {
            sql.append(" and l.staff_id = ?");
            params.add(query.staffId());
        }
        if (query.recordType() != null) {
            sql.append(" and l.record_type = ?");
            params.add(query.recordType());
        }
        if (query.recordId() != null) {
            sql.append(" and l.record_id = ?");
            params.add(query.recordId());
        }
        if (query.from() != null) {
            sql.append(" and l.occurred_at >= ?");
            params.add(Timestamp.from(query.from().atStartOfDay(zone).toInstant()));
        }
        if (query.to() != null) {
            sql.append(" and l.occurred_at < ?");
            params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (query.outcome() == AccessLogQuery.Outcome.FLAGGED) {
            sql.append(" and l.outcome = 'ALLOWED' and l.reason is not null");
        } else if (query.outcome() != AccessLogQuery.Outcome.ALL) {
            // A literal rather than a parameter: the planner can then pick the partial index of denials.
            sql.append(" and l.outcome = '").append(query.outcome().name()).append("'");
        }
        if (query.actingFunction() != null) {
            sql.append(" and l.acting_function = ?");
            params.add(query.actingFunction().name());
        }
        if (query.after() != null) {
            sql.append(" and (l.occurred_at, l.id) < (?, ?)");
            params.add(Timestamp.from(query.after().occurredAt()));
            params.add(query.after().id());
        }
        // One row more than a page tells whether there is a next page without counting.
        sql.append(" order by l.occurred_at desc, l.id desc limit ?");
        params.add(query.limit() + 1);
        return new Statement(sql.toString(), params);
    }

    record Statement(String sql, List<Object> params) {}

    private static AccessLogLine map(ResultSet rs, int n) throws SQLException {
        return new AccessLogLine(
                rs.getLong("id"),
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("staff_id", UUID.class),
                rs.getString("staff_name"),
                rs.getString("username"),
                rs.getString("acting_function"),
                rs.getString("action"),
                rs.getString("record_type"),
                rs.getString("record_id"),
                rs.getObject("person_id", UUID.class),
                rs.getString("outcome"),
                rs.getString("reason"));
    }
}
