package se.traden.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import se.traden.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the person-register tests share: logins, JSON, and children registered through the API. */
abstract class PeopleTestSupport extends IntegrationTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, MockHttpSession> sessions = new LinkedHashMap<>();

    MockHttpSession login(String username) throws Exception {
        MockHttpSession session = sessions.get(username);
        if (session == null) {
            var result = mvc.perform(formLogin().user(username).password("demo"))
                    .andExpect(redirectedUrl("/"))
                    .andReturn();
            session = (MockHttpSession) result.getRequest().getSession(false);
            sessions.put(username, session);
        }
        return session;
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    static JsonNode parse(String body) {
        return JSON.readTree(body);
    }

    /** Registers a child through the API as the given user and returns its id. */
    UUID registerChild(String username, String givenNames, String familyName, String number) throws Exception {
        var body = Map.of(
                "givenNames", givenNames,
                "familyName", familyName,
                "identityKind", "PERSONAL_NUMBER",
                "personalNumber", number);
        var response = mvc.perform(post("/api/v1/people/children")
                        .with(httpBasic(username, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(body)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return UUID.fromString(parse(response.getContentAsString()).get("id").asString());
    }

    /** Relates a new person to a child through the API and returns the new person's id. */
    UUID registerRelated(String username, UUID child, String relation, Map<String, Object> person) throws Exception {
        var response = mvc.perform(post("/api/v1/people/{id}/relations", child)
                        .with(httpBasic(username, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("relation", relation, "person", person))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return UUID.fromString(parse(response.getContentAsString()).get("id").asString());
    }

    long versionOf(UUID person) {
        return jdbc.sql("select version from person where id = ?")
                .param(person)
                .query(Long.class)
                .single();
    }

    String pageOf(String username, UUID person) throws Exception {
        return mvc.perform(get("/people/{id}", person).session(login(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
