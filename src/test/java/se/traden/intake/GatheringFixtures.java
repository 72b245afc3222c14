package se.traden.intake;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.traden.support.IntegrationTest;

/**
 * Concerns brought to the point where information is gathered, through the API as the coordinator
 * would: raised by the school, triaged, the child identified.
 */
public abstract class GatheringFixtures extends IntegrationTest {
    protected static final ZoneId MUNICIPAL_ZONE = ZoneId.of("Europe/Stockholm");

    static final String CONCERN = """
            {"subjectName": "Nora Test", "subjectBirthYear": 2011, "subjectSchool": "Sjöskolan",
             "worry": "Har setts med äldre personer som polisen känner till.",
             "problemAreas": ["CRIME"], "urgent": %s, "mandatoryReport": "FILED",
             "reporterOrganisation": "Sjöskolan", "reporterFunction": "Elevhälsan",
             "reporterContact": "elevhalsan@sjoskolan.example"}
            """;

    /** A concern as the reporter raised it: received, not yet valued. */
    protected String aReceivedConcern(boolean urgent) throws Exception {
        var result = api(
                        "skola",
                        post("/api/v1/concerns")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(CONCERN.formatted(urgent)))
                .andExpect(status().isCreated())
                .andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    /** A concern the coordinator has triaged, about a child identified as {@code person}. */
    protected String aTriagedConcernAbout(UUID person, boolean urgent) throws Exception {
        String id = aReceivedConcern(urgent);
        long version = concernVersion(id);
        version = version(command(
                "ic", id, "triage", version, "\"complexity\": \"MEDIUM\", \"valuation\": \"Behöver mer underlag\""));
        command("ic", id, "identification", version, "\"personId\": \"" + person + "\"")
                .andExpect(status().isOk());
        return id;
    }

    protected long concernVersion(String id) throws Exception {
        return version(api("ic", get("/api/v1/concerns/" + id)).andExpect(status().isOk()));
    }

    protected ResultActions command(String user, String id, String command, long version, String fields)
            throws Exception {
        return api(
                user,
                post("/api/v1/concerns/" + id + "/" + command)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + (fields.isEmpty() ? "" : ", " + fields) + "}"));
    }

    /** Puts a question through the API; {@code fields} are the JSON members besides the version. */
    protected ResultActions ask(String user, String concern, String fields) throws Exception {
        return ask(user, concern, concernVersion(concern), fields);
    }

    protected ResultActions ask(String user, String concern, long version, String fields) throws Exception {
        return api(
                user,
                post("/api/v1/concerns/" + concern + "/inquiries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", " + fields + "}"));
    }

    protected ResultActions answer(String user, String concern, String inquiry, long version, String fields)
            throws Exception {
        return api(
                user,
                post("/api/v1/concerns/" + concern + "/inquiries/" + inquiry + "/answer")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", " + fields + "}"));
    }

    /** A minimal question to the police area on the general need of the own activity. */
    protected static String aMinimalQuestionToThePolice() {
        return """
                "actorOrganisation": "Polisen, lokalpolisområde Sjöstad", "actorKind": "POLICE",
                "actorFunction": "Områdespolis",
                "question": "Finns det något som bör sägas om Nora Test?",
                "basis": "OSL_10_2",
                "balancing": "Behövs för att bedöma oron inom 48 timmar; frågan röjer bara namnet.",
                "categories": ["IDENTITY", "SOCIAL_SERVICES"]
                """;
    }

    protected String inquiryId(ResultActions asked) throws Exception {
        return JsonPath.read(asked.andReturn().getResponse().getContentAsString(), "$.inquiry.id");
    }

    protected ResultActions api(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }

    protected static long version(ResultActions result) throws Exception {
        Number v = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.version");
        return v.longValue();
    }

    protected long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    protected UUID staffId(String username) {
        return jdbc.sql("select staff_id from account where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }

    protected static LocalDate today() {
        return LocalDate.now(MUNICIPAL_ZONE);
    }
}
