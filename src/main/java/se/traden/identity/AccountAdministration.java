package se.traden.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.organisation.StaffDirectory;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.Actor;
import se.traden.shared.FieldViolation;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RecordRef;
import se.traden.shared.RuleViolationException;
import se.traden.shared.StaffId;

/**
 * How the administrator lets a staff member log in: the subject the municipality's OpenID Connect
 * provider gives them (production), or a local username and initial password (the embedded default);
 * disabling an account ends its sessions at their next request; unlocking clears a lock-out.
 */
@Service
class AccountAdministration {
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int MIN_PASSWORD = 12;

    private final JdbcClient jdbc;
    private final AccessGuard guard;
    private final StaffDirectory staff;
    private final PasswordEncoder passwords;

    AccountAdministration(JdbcClient jdbc, AccessGuard guard, StaffDirectory staff, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.staff = staff;
        this.passwords = passwords;
    }

    /** An account as the administrator sees it: never the password hash. */
    record AccountView(
            UUID staffId,
            String username,
            boolean hasPassword,
            String oidcSubject,
            boolean enabled,
            boolean locked,
            long version) {}

    record AccountChange(String username, String initialPassword, String oidcSubject, Boolean enabled, Long version) {}

    @Transactional
    AccountView view(UUID staffId) {
        requireStaffOfMunicipality(staffId, AccessAction.READ);
        return find(staffId).orElseThrow(() -> guard.notFound(AccessAction.READ, RecordRef.of("account", staffId)));
    }

    /** Creates the staff member's account, or changes it (with the version it was read at). */
    @Transactional
    AccountView save(UUID staffId, AccountChange change) {
        Actor actor = requireStaffOfMunicipality(staffId, AccessAction.UPDATE);
        String username = blank(change.username()) ? null : change.username().strip();
        String subject =
                blank(change.oidcSubject()) ? null : change.oidcSubject().strip();
        List<FieldViolation> violations = new ArrayList<>();
        if (username == null && subject == null) {
            violations.add(FieldViolation.of("oidcSubject", "account.login-required"));
        }
        if (username != null && !USERNAME.matcher(username).matches()) {
            violations.add(FieldViolation.of("username", "account.username-format"));
        }
        if (!blank(change.initialPassword()) && change.initialPassword().length() < MIN_PASSWORD) {
            violations.add(FieldViolation.of("initialPassword", "account.password-too-short", MIN_PASSWORD));
        }
        var existing = find(staffId);
        if (username != null && existing.map(a -> !a.hasPassword()).orElse(true) && blank(change.initialPassword())) {
            violations.add(FieldViolation.of("initialPassword", "account.password-required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (username != null && taken("username", username, staffId)) {
            throw new RuleViolationException("account.username-taken", "username", null);
        }
        if (subject != null && taken("oidc_subject", subject, staffId)) {
            throw new RuleViolationException("account.subject-taken", "oidcSubject", null);
        }
        String hash = blank(change.initialPassword()) ? null : passwords.encode(change.initialPassword());
        boolean enabled = change.enabled() == null || change.enabled();
        if (existing.isEmpty()) {
            jdbc.sql("""
                            insert into account (staff_id, municipality_id, username, password_hash, oidc_subject, enabled)
                            values (?, ?, ?, ?, ?, ?)
                            """)
                    .params(staffId, actor.municipalityId().value(), username, hash, subject, enabled)
                    .update();
        } else {
            if (change.version() == null) {
                throw InvalidInputException.of("version", "version-required");
            }
            int rows = jdbc.sql("""
                            update account set username = ?, password_hash = coalesce(?, password_hash),
                                   oidc_subject = ?, enabled = ?, version = version + 1
                             where staff_id = ? and municipality_id = ? and version = ?
                            """)
                    .params(
                            username,
                            hash,
                            subject,
                            enabled,
                            staffId,
                            actor.municipalityId().value(),
                            change.version())
                    .update();
            if (rows == 0) {
                throw new se.traden.shared.ConcurrentEditException("account", staffId, change.version());
            }
            if (!enabled) {
                endSessions(existing.get(), username, subject);
            }
        }
        return find(staffId).orElseThrow();
    }

    /**
     * A disabled account's sessions end at once, on every node: they are deleted from PostgreSQL (Spring
     * Session indexes each by the name its login gave, the username or the OpenID Connect subject). A
     * session that is still in the middle of a request ends at its next one ({@link ActorFilter}).
     */
    private void endSessions(AccountView before, String username, String subject) {
        String[] names = Stream.of(before.username(), before.oidcSubject(), username, subject)
                .filter(Objects::nonNull)
                .distinct()
                .toArray(String[]::new);
        jdbc.sql("delete from spring_session where principal_name = any (?)")
                .param(names)
                .update();
    }

    /** Clears a lock-out after failed logins. */
    @Transactional
    AccountView unlock(UUID staffId) {
        Actor actor = requireStaffOfMunicipality(staffId, AccessAction.UPDATE);
        jdbc.sql("update account set failed_logins = 0, locked_until = null where staff_id = ? and municipality_id = ?")
                .params(staffId, actor.municipalityId().value())
                .update();
        return find(staffId).orElseThrow(() -> guard.notFound(AccessAction.UPDATE, RecordRef.of("account", staffId)));
    }

    private Actor requireStaffOfMunicipality(UUID staffId, AccessAction action) {
        guard.permit(action, RecordRef.of("account", staffId), FunctionType.ADMINISTRATOR);
        Actor actor = guard.actor();
        if (staff.names(actor.municipalityId(), List.of(new StaffId(staffId))).isEmpty()) {
            throw guard.notFound(action, RecordRef.of("account", staffId));
        }
        return actor;
    }

    private java.util.Optional<AccountView> find(UUID staffId) {
        return jdbc.sql("""
                        select staff_id, username, password_hash is not null, oidc_subject, enabled,
                               locked_until is not null and locked_until > now(), version
                          from account where staff_id = ?
                        """)
                .param(staffId)
                .query((rs, n) -> new AccountView(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getBoolean(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getBoolean(6),
                        rs.getLong(7)))
                .optional();
    }

    private boolean taken(String column, String value, UUID staffId) {
        return jdbc.sql("select exists (select 1 from account where " + column + " = ? and staff_id <> ?)")
                .params(value, staffId)
                .query(Boolean.class)
                .single();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
