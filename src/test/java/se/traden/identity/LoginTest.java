package se.traden.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpSession;
import se.traden.support.IntegrationTest;

class LoginTest extends IntegrationTest {

    @Test
    void theLoginPageIsSwedish() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Logga in i Tråden")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"sv\"")));
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
        "ic, individual-coordinator, Individkoordinator",
        "cm1, case-manager, Case manager",
        "gruppchef, group-manager, Gruppchef",
        "handlaggare, case-officer, Handläggare",
        "mottagning, intake-unit, Mottagningsenhet",
        "socialjour, out-of-hours, Socialjour",
        "skola, reporter, Rapportör",
        "polis, reporter, Rapportör",
        "styrgrupp, steering-group, Styrgrupp",
        "loggranskare, log-auditor, Loggranskare",
        "admin, administrator, Administratör"
    })
    void eachFunctionLandsOnItsStartPage(String username, String slug, String functionName) throws Exception {
        MockHttpSession session = login(username);
        mvc.perform(get("/").session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/start/" + slug));
        mvc.perform(get("/start/" + slug).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Start: " + functionName)));
    }

    @Test
    void aStartPageOfAFunctionNotHeldIsRefused() throws Exception {
        MockHttpSession session = login("skola");
        mvc.perform(get("/start/individual-coordinator").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void anAccountIsLockedAfterRepeatedFailuresEvenForTheRightPassword() throws Exception {
        jdbc.sql("update account set failed_logins = 0, locked_until = null where username = 'cm2'")
                .update();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user("cm2").password("wrong"))
                    .andExpect(redirectedUrl("/login?error=bad-credentials"));
        }
        mvc.perform(formLogin().user("cm2").password("demo")).andExpect(redirectedUrl("/login?error=locked"));
        assertThat(jdbc.sql("select locked_until is not null from account where username = 'cm2'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        jdbc.sql("update account set failed_logins = 0, locked_until = null where username = 'cm2'")
                .update();
        mvc.perform(formLogin().user("cm2").password("demo")).andExpect(redirectedUrl("/"));
    }

    @Test
    void aDisabledAccountLosesItsOpenSessionAtTheNextRequest() throws Exception {
        MockHttpSession session = login("handlaggare");
        mvc.perform(get("/start/case-officer").session(session)).andExpect(status().isOk());
        jdbc.sql("update account set enabled = false where username = 'handlaggare'")
                .update();
        try {
            mvc.perform(get("/start/case-officer").session(session)).andExpect(status().is3xxRedirection());
        } finally {
            jdbc.sql("update account set enabled = true where username = 'handlaggare'")
                    .update();
        }
    }

    MockHttpSession login(String username) throws Exception {
        var result = mvc.perform(formLogin().user(username).password("demo"))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
