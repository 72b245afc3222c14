package se.traden.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Cases as the demo municipality's people make them through the API: a school raises a concern about a
 * registered child, the coordinator triages, identifies and activates it with a case manager.
 */
public final class CaseFixtures {
    private final MockMvc mvc;
    private final JdbcClient jdbc;

    public CaseFixtures(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    /** A case about the registered child, held by the given case manager (a demo username); returns its id. */
    public String anActivatedCase(String caseManager, UUID child) throws Exception {
        return anActivatedCase(child, caseManager);
    }

    /** Registers a new guardian of the child, with the given name; returns the guardian's id. */
    public UUID aGuardianOf(UUID child, String givenNames) throws Exception {
        String body = mvc.perform(post("/api/v1/people/" + child + "/relations")
                        .with(httpBasic("ic", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"relation": "GUARDIAN", "person": {"givenNames": "%s", "familyName": "Fixtur",
                                 "dateOfBirth": "1985-04-02"}}""".formatted(givenNames)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    public UUID staffId(String username) {
        return jdbc.sql("select staff_id from account where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }

    /** A concern from the school about the child, triaged and identified by the coordinator (version 2). */
    public String identifiedConcernAbout(UUID child, String worry) throws Exception {
        String concern = JsonPath.read(
                api(
                                "skola",
                                post("/api/v1/concerns")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("""
                                        {"subjectName": "Testbarn Fixtur", "worry": "%s", "problemAreas": ["CRIME"],
                                         "mandatoryReport": "FILED", "reporterOrganisation": "Sjöskolan",
                                         "reporterContact": "elevhalsan@sjoskolan.example"}""".formatted(worry)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        concernCommand(concern, "triage", 0, "\"complexity\": \"HIGH\", \"valuation\": \"Komplext\"");
        concernCommand(concern, "identification", 1, "\"personId\": \"" + child + "\"");
        return concern;
    }

    /** Activates an identified concern with the case manager; returns the id of the case it opened. */
    public String activate(String concern, UUID caseManager) throws Exception {
        concernCommand(
                concern, "activation", 2, "\"caseManagerId\": \"" + caseManager + "\", \"reason\": \"Flera aktörer\"");
        return jdbc.sql("select id::text from collab_case where origin_concern_id = ?::uuid")
                .param(concern)
                .query(String.class)
                .single();
    }

    /** A case about the child, held by the demo user given. */
    public String anActivatedCase(UUID child, String caseManager) throws Exception {
        return activate(identifiedConcernAbout(child, "Oro"), staffId(caseManager));
    }

    public long caseVersion(String user, String caseId) throws Exception {
        return version(api(user, get("/api/v1/cases/" + caseId)).andExpect(status().isOk()));
    }

    public long concernVersion(String concern) throws Exception {
        return version(api("ic", get("/api/v1/concerns/" + concern)).andExpect(status().isOk()));
    }

    public ResultActions caseCommand(String user, String caseId, String command, String body) throws Exception {
        return api(
                user,
                post("/api/v1/cases/" + caseId + "/" + command)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body));
    }

    public void concernCommand(String concern, String command, long version, String fields) throws Exception {
        api(
                        "ic",
                        post("/api/v1/concerns/" + concern + "/" + command)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\": " + version + ", " + fields + "}"))
                .andExpect(status().isOk());
    }

    public ResultActions api(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }

    public static long version(ResultActions result) throws Exception {
        Number v = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.version");
        return v.longValue();
    }
}
