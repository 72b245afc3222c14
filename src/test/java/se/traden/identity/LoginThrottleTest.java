package se.traden.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.traden.support.IntegrationTest;

/**
 * Login throttling per client address, on top of the per-account lock-out: past the limit of failed
 * logins within the window, an address's logins are refused (the login page says why; the API answers
 * 429), other addresses are not affected, the window ends, the count is right when many failures come at
 * once, and {@code X-Forwarded-For} is not believed unless the proxy is trusted. Each test uses addresses
 * and accounts of its own (from the documentation ranges of RFC 5737), so no demo user is refused.
 */
class LoginThrottleTest extends IntegrationTest {
    private static final String PASSWORD = "ett-langt-losenord";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    LoginThrottle throttle;

    @Autowired
    IdentityProperties properties;

    @Test
    void pastTheLimitAnAddressIsRefusedEvenWithTheRightPasswordWhileOthersLogIn() throws Exception {
        String username = newAccount();
        String throttled = address();
        failedSoFar(throttled, properties.throttleFailures() - 1);

        // The failure that reaches the limit is still answered as a wrong password, and counted.
        login(username, "fel-losenord", throttled).andExpect(redirectedUrl("/login?error=bad-credentials"));
        login(username, PASSWORD, throttled).andExpect(redirectedUrl("/login?error=throttled"));
        mvc.perform(get("/login").param("error", "throttled").with(from(throttled)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "För många misslyckade inloggningar har gjorts från din nätverksadress")));

        login(username, PASSWORD, address()).andExpect(redirectedUrl("/"));
        assertThat(accessLogCount(
                        "username = ? and outcome = 'DENIED' and record_type = 'login' and record_id = ?",
                        username,
                        throttled))
                .as("the refused login, in the account's municipality's access log")
                .isEqualTo(1);
    }

    @Test
    void httpBasicFromAThrottledAddressIsAnswered429WithRetryAfter() throws Exception {
        String username = newAccount();
        String throttled = address();
        failedSoFar(throttled, properties.throttleFailures());

        var refused = mvc.perform(get("/api/v1/concerns/inbox")
                        .with(httpBasic(username, PASSWORD))
                        .with(from(throttled)))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:traden:problem:too-many-logins"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(header().exists("Retry-After"))
                .andReturn();
        long retryAfter = Long.parseLong(refused.getResponse().getHeader("Retry-After"));
        assertThat(retryAfter).isBetween(1L, properties.throttleWindow().toSeconds());

        mvc.perform(get("/api/v1/concerns/inbox")
                        .with(httpBasic(username, PASSWORD))
                        .with(from(address())))
                .andExpect(status().isOk());
        // Requests without a login attempt (no credentials) are not the throttle's business.
        mvc.perform(get("/api/v1/concerns/inbox").with(from(throttled))).andExpect(status().isUnauthorized());
    }

    @Test
    void whenTheWindowHasEndedTheAddressMayTryAgainAndANewWindowOpens() throws Exception {
        String username = newAccount();
        String address = address();
        failedSoFar(address, properties.throttleFailures());
        login(username, PASSWORD, address).andExpect(redirectedUrl("/login?error=throttled"));

        jdbc.sql("update login_throttle set window_started = now() - ?::interval where client_address = ?")
                .params(properties.throttleWindow().toSeconds() + 1 + " seconds", address)
                .update();
        login(username, PASSWORD, address).andExpect(redirectedUrl("/"));
        login(username, "fel-losenord", address).andExpect(redirectedUrl("/login?error=bad-credentials"));
        assertThat(failures(address)).as("the count starts over").isEqualTo(1);
    }

    @Test
    void failuresArrivingAtOnceAreAllCounted() throws Exception {
        String address = address();
        var tasks = new ArrayList<Callable<Void>>();
        for (int i = 0; i < 40; i++) {
            tasks.add(() -> {
                throttle.recordFailure(address);
                return null;
            });
        }
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (var done : pool.invokeAll(tasks)) {
                done.get();
            }
        }
        assertThat(failures(address)).isEqualTo(40);
    }

    @Test
    void xForwardedForIsNotBelievedWithoutATrustedProxy() throws Exception {
        String username = newAccount();
        String throttled = address();
        failedSoFar(throttled, properties.throttleFailures());

        // From the throttled address, claiming another: still refused.
        mvc.perform(post("/login")
                        .with(csrf())
                        .with(from(throttled))
                        .header("X-Forwarded-For", address())
                        .param("username", username)
                        .param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?error=throttled"));
        // From another address, claiming the throttled one: the failure counts on the real address.
        String real = address();
        mvc.perform(post("/login")
                        .with(csrf())
                        .with(from(real))
                        .header("X-Forwarded-For", throttled)
                        .param("username", username)
                        .param("password", "fel-losenord"))
                .andExpect(redirectedUrl("/login?error=bad-credentials"));
        assertThat(failures(real)).isEqualTo(1);
        assertThat(failures(throttled)).isEqualTo(properties.throttleFailures());
    }

    @Test
    void aRefusedUsernameIsLoggedWithoutLineBreaks() {
        assertThat(LoginThrottle.printable("ic\n2026-11-22 INFO forged line"))
                .isEqualTo("ic?2026-11-22 INFO forged line");
        assertThat(LoginThrottle.printable("x".repeat(500))).hasSize(101);
    }

    /** A fresh address of TEST-NET-2 (RFC 5737) for each use. */
    private static String address() {
        int n = ADDRESSES.getAndIncrement();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The address has already failed this many times in a window that is still open. */
    private void failedSoFar(String address, int failures) {
        jdbc.sql("insert into login_throttle (client_address, window_started, failures) values (?, now(), ?)")
                .params(address, failures)
                .update();
    }

    private int failures(String address) {
        return jdbc.sql("select failures from login_throttle where client_address = ?")
                .param(address)
                .query(Integer.class)
                .single();
    }

    private ResultActions login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                .with(csrf())
                .with(from(address))
                .param("username", username)
                .param("password", password));
    }

    /** A new staff member with the individual coordinator's function and a local account; its username. */
    private String newAccount() throws Exception {
        return se.traden.support.StaffAccounts.coordinator(
                mvc, jdbc, "Spärr Testsson", "sparr@sjostad.example", "sparr", PASSWORD);
    }
}
