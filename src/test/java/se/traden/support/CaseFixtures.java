package se.traden.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Cases as the demo municipality gets them: a school's concern about a registered child, triaged,
 * identified and activated by the coordinator with a case manager; and the child's guardians.
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
        String concern = JsonPath.read(
                mvc.perform(post("/api/v1/concerns")
                                .with(httpBasic("skola", "demo"))
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

    private void concernCommand(String concern, String command, long version, String fields) throws Exception {
        mvc.perform(post("/api/v1/concerns/" + concern + "/" + command)
                        .with(httpBasic("ic", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", " + fields + "}"))
                .andExpect(status().isOk());
    }
}
