package se.traden.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;
import se.traden.support.IntegrationTest;

/**
 * Sessions: a new session id at login (no fixation), every open session of a disabled account ends at its
 * next request, in the UI and the API alike, and repeated failed logins lock the account (the login
 * throttle) until the period passes or the administrator unlocks it. Each test makes its own staff
 * member and account, so that the demo users stay untouched.
 */
class SessionSecurityTest extends IntegrationTest {
    private static final String PASSWORD = "ett-langt-losenord";

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
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionsAtTheirNextRequest() throws Exception {
        String username = newAccount();
        String staff = staffOf(username);
        MockHttpSession page = loggedIn(username);
        MockHttpSession api = loggedIn(username);
        mvc.perform(get("/people").session(page)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/people/" + registeredChild()).session(api)).andExpect(status().isOk());

        mvc.perform(put("/api/v1/organisation/staff/" + staff + "/account")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"" + username + "\", \"enabled\": false, \"version\": 0}"))
                .andExpect(status().isOk());

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
        var created = mvc.perform(post("/api/v1/organisation/staff")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Sessions Testsson\", \"email\": \"session@sjostad.example\"}"))
                .andExpect(status().isCreated())
                .andReturn();
        String staff = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
        String function = jdbc.sql("""
                        select f.id::text from org_function f join municipality m on m.id = f.municipality_id
                         where m.code = 'sjostad' and f.type = 'INDIVIDUAL_COORDINATOR' limit 1""").query(String.class).single();
        mvc.perform(post("/api/v1/organisation/staff/" + staff + "/assignments")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"functionId\": \"" + function + "\", \"validFrom\": \"2020-01-01\"}"))
                .andExpect(status().isCreated());
        String username = "sess" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(put("/api/v1/organisation/staff/" + staff + "/account")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"" + username + "\", \"initialPassword\": \"" + PASSWORD + "\"}"))
                .andExpect(status().isOk());
        return username;
    }

    private String staffOf(String username) {
        return jdbc.sql("select staff_id::text from account where username = ?")
                .param(username)
                .query(String.class)
                .single();
    }
}
