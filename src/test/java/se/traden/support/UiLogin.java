package se.traden.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Runs a page request in the session of a demo user's form login, logging in once per user. */
public final class UiLogin implements RequestPostProcessor {
    private static final Map<String, MockHttpSession> SESSIONS = new ConcurrentHashMap<>();

    private final MockHttpSession session;

    private UiLogin(MockHttpSession session) {
        this.session = session;
    }

    public static UiLogin as(MockMvc mvc, String username) {
        return new UiLogin(SESSIONS.computeIfAbsent(username, user -> login(mvc, user)));
    }

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        request.setSession(session);
        return request;
    }

    private static MockHttpSession login(MockMvc mvc, String username) {
        try {
            var result = mvc.perform(formLogin().user(username).password("demo"))
                    .andExpect(redirectedUrl("/"))
                    .andReturn();
            return (MockHttpSession) result.getRequest().getSession(false);
        } catch (Exception e) {
            throw new IllegalStateException("login of " + username + " failed", e);
        }
    }
}
