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
        var walker = new ChainWalker();
        jdbc.query(
                "select id, municipality_id, seq, occurred_at, staff_id, username, acting_function, action, record_type,"
                        + " record_id, person_id, outcome, reason, prev_hash, hash"
                        + " from access_log where municipality_id = ? order by seq",
                walker,
                municipalityId);
        if (walker.result != null) {
            return walker.result;
        }
        var head = jdbc.query(
                "select seq, hash from access_log_head where municipality_id = ?",
                rs -> rs.next() ? new long[] {rs.getLong(1)} : null,
                municipalityId);
        if (head != null && head[0] != walker.checked) {
            return AccessLogVerification.broken(
                    walker.checked, walker.checked + 1, -1, "entries missing at the end of the chain");
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
                result = AccessLogVerification.broken(checked, expectedSeq, entry.id(), "an entry is missing");
            } else if (!entry.prevHash().equals(previousHash)) {
                result = AccessLogVerification.broken(
                        checked, entry.seq(), entry.id(), "the link to the previous entry is broken");
            } else if (!HashChain.hashOf(entry).equals(entry.hash())) {
                result = AccessLogVerification.broken(
                        checked, entry.seq(), entry.id(), "the entry's content does not match its hash");
            } else {
                checked++;
                previousHash = entry.hash();
            }
        }
    }
}
