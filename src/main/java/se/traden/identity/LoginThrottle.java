package se.traden.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessLog;
import se.traden.shared.Actor;
import se.traden.shared.MunicipalityId;
import se.traden.shared.MunicipalityScope;
import se.traden.shared.RecordRef;
import se.traden.shared.StaffId;

/**
 * Login throttling per client address, on top of the per-account lock-out: once an address has failed
 * {@link IdentityProperties#throttleFailures()} logins (with a password, in the form or with HTTP Basic)
 * within the window its first failure opened, its further attempts are refused until the window ends,
 * whichever accounts they name. The count is kept in PostgreSQL, so every node sees the same one.
 *
 * <p>The address is the request's remote address: the proxy's, unless the server is told to trust the
 * proxy's {@code X-Forwarded-For} ({@code server.forward-headers-strategy}); a client cannot choose its own
 * by sending the header.
 */
@Component
class LoginThrottle {
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    static final String REFUSAL_REASON = "login refused: too many failed logins from this address";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdentityProperties properties;
    private final Accounts accounts;
    private final AccessLog accessLog;

    LoginThrottle(JdbcClient jdbc, Clock clock, IdentityProperties properties, Accounts accounts, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.accounts = accounts;
        this.accessLog = accessLog;
    }

    /** How long the address's logins stay refused, or empty when it may try. */
    Optional<Duration> refusedFor(String address) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        select window_started from login_throttle
                         where client_address = ? and failures >= ? and window_started > ?""")
                .params(address, properties.throttleFailures(), Timestamp.from(now.minus(properties.throttleWindow())))
                .query(Timestamp.class)
                .optional()
                .map(started -> Duration.between(now, started.toInstant().plus(properties.throttleWindow())));
    }

    /**
     * Counts a failed login from the address, in one statement so that concurrent failures on several
     * nodes all count: a failure after the window ended opens a new one.
     */
    void recordFailure(String address) {
        Instant now = clock.instant();
        Timestamp windowOpen = Timestamp.from(now.minus(properties.throttleWindow()));
        int failures = jdbc.sql("""
                        insert into login_throttle as t (client_address, window_started, failures)
                        values (:address, :now, 1)
                        on conflict (client_address) do update
                           set failures = case when t.window_started > :windowOpen then t.failures + 1 else 1 end,
                               window_started = case when t.window_started > :windowOpen then t.window_started
                                                     else :now end
                        returning failures""")
                .param("address", address)
                .param("now", Timestamp.from(now))
                .param("windowOpen", windowOpen)
                .query(Integer.class)
                .single();
        if (failures == 1) {
            // A window opened: the rows of windows that ended are of no use any more.
            jdbc.sql("delete from login_throttle where window_started <= ?")
                    .param(windowOpen)
                    .update();
        }
        if (failures == properties.throttleFailures()) {
            log.warn(
                    "Login throttled: {} failed logins from {} within {}; its logins are refused until the window ends",
                    failures,
                    address,
                    properties.throttleWindow());
        }
    }

    /**
     * A refused attempt goes to the application log; when it names an existing account, also to that
     * account's municipality's access log, as refused, with the address as the record.
     */
    void logRefusal(String address, String username, Duration remaining) {
        log.warn(
                "Login as '{}' from {} refused: the address is throttled for {} more",
                printable(username),
                address,
                remaining);
        // Nobody is logged in: the account is looked up in every municipality, the refusal written to its own.
        MunicipalityScope.asSystem(() -> accounts.byUsername(username))
                .ifPresent(account -> MunicipalityScope.within(
                        new MunicipalityId(account.municipalityId()),
                        () -> accessLog.denied(
                                new Actor(
                                        new StaffId(account.staffId()),
                                        new MunicipalityId(account.municipalityId()),
                                        account.username(),
                                        account.staffName(),
                                        Set.of()),
                                AccessAction.READ,
                                RecordRef.of("login", address),
                                REFUSAL_REASON)));
    }

    /** What the client sent as a username, safe for a log line: no line breaks or other controls, short. */
    static String printable(String username) {
        String shown = username.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 100 ? shown.substring(0, 100) + "…" : shown;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
                && token.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            recordFailure(details.getRemoteAddress());
        }
    }
}
