package se.traden.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks a municipality's chain from the first entry, recomputing every hash and link, and stops at
 * the first one that does not hold. Reads in a stream, so a long log costs time but little memory.
 */
@Component
class AccessLogVerifier {
    private final JdbcTemplate jdbc;

    AccessLogVerifier(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
    }

    @Transactional(readOnly = true)
    AccessLogVerification verify(UUID municipalityId) {
        // The head is read first and the walk stops at it: entries appended by writers meanwhile are
        // left for the next verification instead of being mistaken for a head that lags behind.
        Long headSeq = jdbc.query(
                "select seq from access_log_head where municipality_id = ?",
                rs -> rs.next() ? rs.getLong(1) : null,
                municipalityId);
        long lastSeq = headSeq == null ? Long.MAX_VALUE : headSeq;
        var walker = new ChainWalker();
        jdbc.query(
                "select id, municipality_id, seq, occurred_at, staff_id, username, acting_function, action, record_type,"
                        + " record_id, person_id, outcome, reason, prev_hash, hash"
                        + " from access_log where municipality_id = ? and seq <= ? order by seq",
                walker,
                municipalityId,
                lastSeq);
        if (walker.result != null) {
            return walker.result;
        }
        if (headSeq != null && headSeq != walker.checked) {
            return AccessLogVerification.broken(
                    walker.checked, walker.checked + 1, -1, AccessLogVerification.MISSING_AT_END);
        }
        return AccessLogVerification.intact(walker.checked);
    }

    static AccessLogEntry map(ResultSet rs) throws SQLException {
        return new AccessLogEntry(
                rs.getLong("id"),
                rs.getObject("municipality_id", UUID.class),
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("staff_id", UUID.class),
                rs.getString("username"),
                rs.getString("acting_function"),
                rs.getString("action"),
                rs.getString("record_type"),
                rs.getString("record_id"),
                rs.getObject("person_id", UUID.class),
                rs.getString("outcome"),
                rs.getString("reason"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    private static final class ChainWalker implements RowCallbackHandler {
        long checked;
        String previousHash = HashChain.GENESIS;
        AccessLogVerification result;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            if (result != null) {
                return;
            }
            AccessLogEntry entry = map(rs);
            long expectedSeq = checked + 1;
            if (entry.seq() != expectedSeq) {
                result = AccessLogVerification.broken(
                        checked, expectedSeq, entry.id(), AccessLogVerification.MISSING_ENTRY);
            } else if (!entry.prevHash().equals(previousHash)) {
                result = AccessLogVerification.broken(
                        checked, entry.seq(), entry.id(), AccessLogVerification.BROKEN_LINK);
            } else if (!HashChain.hashOf(entry).equals(entry.hash())) {
                result = AccessLogVerification.broken(
                        checked, entry.seq(), entry.id(), AccessLogVerification.ALTERED_CONTENT);
            } else {
                checked++;
                previousHash = entry.hash();
            }
        }
    }
}
