package se.traden.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Cases to work on, as the demo users would get them: a concern from the school, triaged, identified and
 * activated by the coordinator with the chosen case manager; and calls as a given user, over the API
 * (HTTP Basic) or in the browser (a form-login session, with a CSRF token on posts).
 */
public final class CollaborationFixtures {
    private static final Map<String, MockHttpSession> SESSIONS = new ConcurrentHashMap<>();

    private final MockMvc mvc;
    private final JdbcClient jdbc;

    public CollaborationFixtures(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    /** A case about the given registered child, held by the given case manager; returns the case id. */
    public String anActivatedCase(UUID child, String caseManager) throws Exception {
        String concern = JsonPath.read(
                api(
                                "skola",
                                post("/api/v1/concerns")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("""
                                        {"subjectName": "Testbarn Fixtur", "worry": "Oro", "problemAreas": ["CRIME"],
                                         "mandatoryReport": "FILED", "reporterOrganisation": "Sjöskolan",
                                         "reporterContact": "elevhalsan@sjoskolan.example"}"""))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        concernCommand(concern, "triage", 0, "\"complexity\": \"HIGH\", \"valuation\": \"Komplext\"");
        concernCommand(concern, "identification", 1, "\"personId\": \"" + child + "\"");
        concernCommand(
                concern,
                "activation",
                2,
                "\"caseManagerId\": \"" + staffId(caseManager) + "\", \"reason\": \"Flera aktörer\"");
        return jdbc.sql("select id::text from collab_case where origin_concern_id = ?::uuid")
                .param(concern)
                .query(String.class)
                .single();
    }

    public UUID staffId(String username) {
        return jdbc.sql("select staff_id from account where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }

    private void concernCommand(String concern, String command, long version, String fields) throws Exception {
        api(
                        "ic",
                        post("/api/v1/concerns/" + concern + "/" + command)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\": " + version + ", " + fields + "}"))
                .andExpect(status().isOk());
    }

    /** A JSON call as the user. */
    public ResultActions api(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }

    /** A JSON post as the user. */
    public ResultActions postJson(String user, String path, String json) throws Exception {
        return api(
                user,
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json));
    }

    /** A page request in the user's browser session (logged in once per user and JVM). */
    public ResultActions page(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session(user)).with(csrf()));
    }

    private MockHttpSession session(String user) {
        return SESSIONS.computeIfAbsent(user, u -> {
            try {
                return (MockHttpSession) mvc.perform(formLogin().user(u).password("demo"))
                        .andReturn()
                        .getRequest()
                        .getSession(false);
            } catch (Exception e) {
                throw new IllegalStateException("login of " + u + " failed", e);
            }
        });
    }

    public static String read(ResultActions result, String path) throws Exception {
        Object value = JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
        return String.valueOf(value);
    }

    public static long version(ResultActions result) throws Exception {
        Number v = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.version");
        return v.longValue();
    }
}
