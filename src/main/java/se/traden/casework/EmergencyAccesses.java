package se.traden.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FunctionType;

/** Emergency accesses in the database, with the number of reads made under each. */
@Repository
class EmergencyAccesses {
    private static final String SELECT = """
            select e.*, c.reference,
                   (select count(*) from access_log l
                     where l.municipality_id = e.municipality_id and l.staff_id = e.staff_id
                       and l.reason = 'break-the-glass ' || e.id::text) as reads
              from emergency_access e join collab_case c on c.id = e.case_id
            """;

    private final JdbcClient jdbc;

    EmergencyAccesses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(EmergencyAccess e) {
        jdbc.sql("""
                        insert into emergency_access (id, municipality_id, case_id, staff_id, acting_function, reason,
                                                      granted_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        e.id(),
                        e.municipalityId(),
                        e.caseId(),
                        e.staffId(),
                        e.function().name(),
                        e.reason(),
                        Timestamp.from(e.grantedAt()),
                        Timestamp.from(e.expiresAt()))
                .update();
    }

    /** The access the staff member holds to the case at the instant, if any. */
    Optional<EmergencyAccess> active(UUID municipality, UUID caseId, UUID staffId, Instant at) {
        return jdbc.sql(SELECT + """
                         where e.municipality_id = ? and e.case_id = ? and e.staff_id = ?
                           and e.granted_at <= ? and e.expires_at > ?
                         order by e.expires_at desc limit 1
                        """)
                .params(municipality, caseId, staffId, Timestamp.from(at), Timestamp.from(at))
                .query(EmergencyAccesses::map)
                .optional();
    }

    Optional<EmergencyAccess> find(UUID municipality, UUID id) {
        return jdbc.sql(SELECT + " where e.municipality_id = ? and e.id = ?")
                .params(municipality, id)
                .query(EmergencyAccesses::map)
                .optional();
    }

    /** The accesses still to be reviewed, oldest first, then the latest reviewed ones. */
    List<EmergencyAccess> forReview(UUID municipality) {
        return jdbc.sql(SELECT + """
                         where e.municipality_id = ?
                           and (e.reviewed_at is null or e.reviewed_at > now() - interval '30 days')
                         order by (e.reviewed_at is null) desc, e.granted_at limit 500
                        """)
                .param(municipality)
                .query(EmergencyAccesses::map)
                .list();
    }

    void markReviewed(EmergencyAccess e) {
        int updated = jdbc.sql("""
                        update emergency_access set reviewed_at = ?, reviewed_by = ?, review_note = ?
                         where id = ? and municipality_id = ? and reviewed_at is null
                        """)
                .params(Timestamp.from(e.reviewedAt()), e.reviewedBy(), e.reviewNote(), e.id(), e.municipalityId())
                .update();
        if (updated != 1) {
            throw new ConcurrentEditException("emergency-access", e.id(), 0);
        }
    }

    private static EmergencyAccess map(ResultSet rs, int n) throws SQLException {
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        return new EmergencyAccess(
                rs.getObject("id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getString("reference"),
                rs.getObject("staff_id", UUID.class),
                FunctionType.valueOf(rs.getString("acting_function")),
                rs.getString("reason"),
                rs.getTimestamp("granted_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                reviewed == null ? null : reviewed.toInstant(),
                rs.getObject("reviewed_by", UUID.class),
                rs.getString("review_note"),
                rs.getLong("reads"));
    }
}
