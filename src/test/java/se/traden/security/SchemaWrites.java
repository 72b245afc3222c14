package se.traden.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sees whether a request left anything behind in the schema: a row inserted, updated or deleted in any
 * table. Rows a transaction inserts or updates carry its transaction id ({@code xmin}), so a row with an
 * id from after the mark was written since; a delete shows in the table's row count. The access log is
 * left out: a refusal is written there on purpose, in a transaction of its own. So are the sessions
 * (Spring Session's tables): every request renews its session's last access, refused or not.
 */
final class SchemaWrites {
    private static final Set<String> LEFT_OUT = Set.of(
            "access_log", "access_log_head", "flyway_schema_history", "spring_session", "spring_session_attributes");

    private final JdbcClient jdbc;
    private final String query;

    SchemaWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
        List<String> tables = jdbc.sql("""
                        select table_name from information_schema.tables
                         where table_schema = current_schema() and table_type = 'BASE TABLE'
                         order by table_name""").query(String.class).list().stream()
                .filter(table -> !LEFT_OUT.contains(table))
                .toList();
        this.query = tables.stream()
                .map(table -> ("select '%1$s' as name, count(*) as total,"
                                + " count(*) filter (where xmin::text::bigint >= :mark) as written from %1$s")
                        .formatted(table))
                .collect(Collectors.joining(" union all "));
    }

    /** A mark to compare with: every transaction that starts later has a larger id. */
    long mark() {
        return jdbc.sql("select pg_current_xact_id()::text::bigint % 4294967296")
                .query(Long.class)
                .single();
    }

    /** Each table's row count and the number of its rows written since the mark. */
    Map<String, long[]> since(long mark) {
        var tables = new LinkedHashMap<String, long[]>();
        jdbc.sql(query)
                .param("mark", mark)
                .query((rs, row) ->
                        tables.put(rs.getString("name"), new long[] {rs.getLong("total"), rs.getLong("written")}))
                .list();
        return tables;
    }

    /** What changed between two readings: tables with rows written since the mark or a changed count. */
    static List<String> changes(Map<String, long[]> before, Map<String, long[]> after) {
        return after.entrySet().stream()
                .filter(e -> e.getValue()[1] > 0
                        || before.get(e.getKey()) == null
                        || before.get(e.getKey())[0] != e.getValue()[0])
                .map(e -> e.getKey() + " (rows " + (before.get(e.getKey()) == null ? "?" : before.get(e.getKey())[0])
                        + " -> " + e.getValue()[0] + ", written " + e.getValue()[1] + ")")
                .toList();
    }
}
