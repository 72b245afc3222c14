package se.traden.casework;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.HashMap;
import java.util.Map;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Browser sessions of the demo users, each logged in once through the login form. */
final class CaseSessions {
    private final MockMvc mvc;
    private final Map<String, MockHttpSession> sessions = new HashMap<>();

    CaseSessions(MockMvc mvc) {
        this.mvc = mvc;
    }

    MockHttpSession of(String user) {
        return sessions.computeIfAbsent(user, u -> {
            try {
                return (MockHttpSession) mvc.perform(formLogin().user(u).password("demo"))
                        .andExpect(redirectedUrl("/"))
                        .andReturn()
                        .getRequest()
                        .getSession(false);
            } catch (Exception e) {
                throw new IllegalStateException("login of " + u + " failed", e);
            }
        });
    }
}
