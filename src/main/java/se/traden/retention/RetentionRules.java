package se.traden.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.shared.ConcurrentEditException;

/**
 * The municipality's retention rules: the rows it has set, and the documented default for every kind
 * of record it has not. A change names the version it starts from (0 for a default).
 */
@Repository
class RetentionRules {
    static final String RECORD = "retention-rule";

    private final JdbcClient jdbc;

    RetentionRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every kind of record's rule, in the order of {@link RecordType}. */
    List<RetentionRule> all(UUID municipality) {
        Map<RecordType, RetentionRule> set = new EnumMap<>(RecordType.class);
        jdbc.sql("""
                        select record_type, enabled, years_after_last_entry, keep_until_age, keep_research_sample,
                               updated_at, updated_by, version
                          from retention_rule where municipality_id = ?
                        """).param(municipality).query(RetentionRules::rule).list().forEach(r -> set.put(r.type(), r));
        return java.util.Arrays.stream(RecordType.values())
                .map(type -> set.getOrDefault(type, RetentionRule.defaultFor(type)))
                .toList();
    }

    RetentionRule of(UUID municipality, RecordType type) {
        return all(municipality).get(type.ordinal());
    }

    /** Writes a changed rule; refuses when another change came first (the version moved on). */
    void save(UUID municipality, RetentionRule changed) {
        long expected = changed.version() - 1;
        int written;
        if (expected == 0) {
            written = jdbc.sql("""
                            insert into retention_rule (municipality_id, record_type, enabled, years_after_last_entry,
                                keep_until_age, keep_research_sample, updated_at, updated_by, version)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                            """).params(values(municipality, changed)).update();
        } else {
            written = jdbc.sql("""
                            update retention_rule set enabled = ?, years_after_last_entry = ?, keep_until_age = ?,
                                   keep_research_sample = ?, updated_at = ?, updated_by = ?, version = ?
                             where municipality_id = ? and record_type = ? and version = ?
                            """)
                    .params(
                            changed.enabled(),
                            changed.yearsAfterLastEntry(),
                            changed.keepUntilAge(),
                            changed.keepResearchSample(),
                            Timestamp.from(changed.updatedAt()),
                            changed.updatedBy(),
                            changed.version(),
                            municipality,
                            changed.type().name(),
                            expected)
                    .update();
        }
        if (written != 1) {
            throw new ConcurrentEditException(RECORD, changed.type().name(), expected);
        }
    }

    private static List<Object> values(UUID municipality, RetentionRule r) {
        return java.util.Arrays.asList(
                municipality,
                r.type().name(),
                r.enabled(),
                r.yearsAfterLastEntry(),
                r.keepUntilAge(),
                r.keepResearchSample(),
                Timestamp.from(r.updatedAt()),
                r.updatedBy(),
                r.version());
    }

    private static RetentionRule rule(ResultSet rs, int n) throws SQLException {
        int age = rs.getInt("keep_until_age");
        Integer keepUntilAge = rs.wasNull() ? null : age;
        return new RetentionRule(
                RecordType.valueOf(rs.getString("record_type")),
                rs.getBoolean("enabled"),
                rs.getInt("years_after_last_entry"),
                keepUntilAge,
                rs.getBoolean("keep_research_sample"),
                false,
                rs.getTimestamp("updated_at").toInstant(),
                rs.getObject("updated_by", UUID.class),
                rs.getLong("version"));
    }
}
