package se.traden.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.ResultActions;
import se.traden.support.IntegrationTest;

/**
 * Sessions: kept in PostgreSQL (Spring Session JDBC), so that any node serves them; a new session id at
 * login (no fixation); every open session of a disabled account is deleted at once and refused at its next
 * request, in the UI and the API alike; expired sessions are refused and cleaned up; and repeated failed logins lock the account (the login
 * throttle) until the period passes or the administrator unlocks it. Each test makes its own staff
 * member and account, so that the demo users stay untouched.
 */
class SessionSecurityTest extends IntegrationTest {
    private static final String PASSWORD = "ett-langt-losenord";

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        String username = newAccount();
        var session = new MockHttpSession();
        mvc.perform(get("/login").session(session)).andExpect(status().isOk());
        String before = session.getId();
        var login =
                login(username, PASSWORD, session).andExpect(redirectedUrl("/")).andReturn();
        MockHttpSession after = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(after).isNotNull();
        assertThat(after.getId()).isNotEqualTo(before);
        mvc.perform(get("/people").session(after)).andExpect(status().isOk());
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        String username = newAccount();
        MockHttpSession session = loggedIn(username);
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        assertThat(session.isInvalid()).isTrue();
        assertThat(sessionsInDatabase(username)).isZero();
    }

    @Test
    void theSessionLivesInPostgresqlAndItsCookieIsTheOnlyKey() throws Exception {
        String username = newAccount();
        // A login as a browser makes it, with cookies only: the session cookie is all the next request
        // needs, whichever node (here: whichever request) reads the session from the database.
        var login = mvc.perform(
                        post("/login").with(csrf()).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        Cookie cookie = login.getResponse().getCookie("SESSION");
        assertThat(cookie).isNotNull();
        assertThat(sessionsInDatabase(username)).isEqualTo(1);
        mvc.perform(get("/people").cookie(cookie)).andExpect(status().isOk());

        jdbc.sql("delete from spring_session where principal_name = ?")
                .param(username)
                .update();
        mvc.perform(get("/people").cookie(cookie)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void expiredSessionsAreRefusedAndCleanedUp() throws Exception {
        String username = newAccount();
        MockHttpSession session = loggedIn(username);
        expire(username);
        mvc.perform(get("/people").session(session)).andExpect(redirectedUrl("/login"));
        assertThat(sessionsInDatabase(username))
                .as("an expired session is deleted when it is met")
                .isZero();

        // The cleanup that every node runs once a minute deletes those nobody meets.
        loggedIn(username);
        expire(username);
        sessions.cleanUpExpiredSessions();
        assertThat(sessionsInDatabase(username)).isZero();
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionsAtTheirNextRequest() throws Exception {
        String username = newAccount();
        String staff = staffOf(username);
        MockHttpSession page = loggedIn(username);
        MockHttpSession api = loggedIn(username);
        mvc.perform(get("/people").session(page)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/people/" + registeredChild()).session(api)).andExpect(status().isOk());
        assertThat(sessionsInDatabase(username)).isEqualTo(2);

        mvc.perform(put("/api/v1/organisation/staff/" + staff + "/account")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"" + username + "\", \"enabled\": false, \"version\": 0}"))
                .andExpect(status().isOk());

        assertThat(sessionsInDatabase(username))
                .as("both sessions are deleted when the account is disabled")
                .isZero();
        mvc.perform(get("/people").session(page)).andExpect(status().is3xxRedirection());
        assertThat(page.isInvalid())
                .as("the page session is ended, not only refused")
                .isTrue();
        mvc.perform(get("/api/v1/people/" + registeredChild()).session(api)).andExpect(status().isUnauthorized());
        assertThat(api.isInvalid()).isTrue();
        mvc.perform(get("/api/v1/concerns/inbox").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isUnauthorized());
        login(username, PASSWORD, new MockHttpSession()).andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void repeatedFailedLoginsLockTheAccountUntilThePeriodPassesOrTheAdministratorUnlocks() throws Exception {
        String username = newAccount();
        String staff = staffOf(username);
        for (int i = 0; i < 5; i++) {
            login(username, "fel-losenord-" + i, new MockHttpSession())
                    .andExpect(redirectedUrl("/login?error=bad-credentials"));
        }
        login(username, PASSWORD, new MockHttpSession()).andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(get("/api/v1/concerns/inbox").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isUnauthorized());

        // The period has passed: the right password works again, and the count starts over.
        jdbc.sql("update account set locked_until = now() - interval '1 minute' where username = ?")
                .param(username)
                .update();
        login(username, PASSWORD, new MockHttpSession()).andExpect(redirectedUrl("/"));

        for (int i = 0; i < 5; i++) {
            login(username, "fel-igen-" + i, new MockHttpSession());
        }
        login(username, PASSWORD, new MockHttpSession()).andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(post("/api/v1/organisation/staff/" + staff + "/account/unlock")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().is2xxSuccessful());
        login(username, PASSWORD, new MockHttpSession()).andExpect(redirectedUrl("/"));
    }

    @Test
    void anUnknownUsernameFailsExactlyLikeAWrongPassword() throws Exception {
        login("finns-inte-" + UUID.randomUUID(), PASSWORD, new MockHttpSession())
                .andExpect(redirectedUrl("/login?error=bad-credentials"));
    }

    private ResultActions login(String username, String password, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login")
                .session(session)
                .with(csrf())
                .param("username", username)
                .param("password", password));
    }

    private MockHttpSession loggedIn(String username) throws Exception {
        var result = login(username, PASSWORD, new MockHttpSession())
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** A new staff member with the individual coordinator's function and a local account; its username. */
    private String newAccount() throws Exception {
        return se.traden.support.StaffAccounts.coordinator(
                mvc, jdbc, "Sessions Testsson", "session@sjostad.example", "sess", PASSWORD);
    }

    /** The account's sessions were last used longer ago than their timeout. */
    private void expire(String username) {
        jdbc.sql("""
                        update spring_session
                           set last_access_time = last_access_time - (max_inactive_interval + 60) * 1000::bigint,
                               expiry_time = expiry_time - (max_inactive_interval + 60) * 1000::bigint
                         where principal_name = ?""").param(username).update();
    }

    private long sessionsInDatabase(String username) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private String staffOf(String username) {
        return jdbc.sql("select staff_id::text from account where username = ?")
                .param(username)
                .query(String.class)
                .single();
    }
}
