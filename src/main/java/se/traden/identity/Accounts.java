package se.traden.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts in PostgreSQL, with the failed-login counter that drives lock-out. */
@Repository
class Accounts {
    private static final String SELECT = """
            select a.staff_id, a.municipality_id, a.username, a.password_hash, a.oidc_subject, a.enabled,
                   a.failed_logins, a.locked_until, s.name
              from account a join staff s on s.id = a.staff_id
            """;

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> byUsername(String username) {
        return jdbc.sql(SELECT + " where a.username = ?")
                .param(username)
                .query(Accounts::map)
                .optional();
    }

    Optional<Account> byOidcSubject(String subject) {
        return jdbc.sql(SELECT + " where a.oidc_subject = ?")
                .param(subject)
                .query(Accounts::map)
                .optional();
    }

    /** Counts a failed login; at the threshold the account is locked for the lock-out period. */
    void recordFailedLogin(String username, Instant now, int threshold, Duration lockOut) {
        jdbc.sql("""
                        update account
                           set failed_logins = failed_logins + 1,
                               locked_until = case when failed_logins + 1 >= ? then ? else locked_until end
                         where username = ?
                        """)
                .params(threshold, Timestamp.from(now.plus(lockOut)), username)
                .update();
    }

    void recordSuccessfulLogin(String username) {
        jdbc.sql("update account set failed_logins = 0, locked_until = null where username = ? and failed_logins > 0")
                .param(username)
                .update();
    }

    void create(UUID staffId, UUID municipalityId, String username, String passwordHash, String oidcSubject) {
        jdbc.sql("""
                        insert into account (staff_id, municipality_id, username, password_hash, oidc_subject)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(staffId, municipalityId, username, passwordHash, oidcSubject)
                .update();
    }

    boolean usernameExists(String username) {
        return jdbc.sql("select exists (select 1 from account where username = ?)")
                .param(username)
                .query(Boolean.class)
                .single();
    }

    private static Account map(ResultSet rs, int n) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new Account(
                rs.getObject("staff_id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                rs.getString("username"),
                rs.getString("password_hash"),
                rs.getString("oidc_subject"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant(),
                rs.getString("name"));
    }
}
