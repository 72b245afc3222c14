package se.traden.intake;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.traden.support.ConcernFixtures;
import se.traden.support.TestNumbers;

/**
 * Children registered under the names a test chooses, their families, and concerns about them worked
 * to a decision, all through the API as the coordinator would.
 */
final class KnownChildren {
    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final ConcernFixtures concerns;

    KnownChildren(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.concerns = new ConcernFixtures(mvc);
    }

    /** A family name no other test uses, so that tolerant matching finds only this test's children. */
    static String uniqueFamilyName(String stem) {
        StringBuilder s = new StringBuilder(stem);
        for (int i = 0; i < 6; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    UUID child(String givenNames, String familyName, String personalNumber) throws Exception {
        return created(post("/api/v1/people/children"), """
                {"givenNames": "%s", "familyName": "%s", "identityKind": "PERSONAL_NUMBER", "personalNumber": "%s"}
                """.formatted(givenNames, familyName, personalNumber));
    }

    UUID child(String givenNames, String familyName, LocalDate born) throws Exception {
        return child(givenNames, familyName, TestNumbers.bornOn(born));
    }

    /** A child of school age with a fresh personal number. */
    UUID registeredChild(String givenNames, String familyName) throws Exception {
        return child(givenNames, familyName, TestNumbers.child());
    }

    /** A new guardian of the child, without a personal number. */
    UUID guardian(UUID child, String givenNames, String familyName) throws Exception {
        return created(post("/api/v1/people/" + child + "/relations"), """
                {"relation": "GUARDIAN", "person": {"givenNames": "%s", "familyName": "%s"}}
                """.formatted(givenNames, familyName));
    }

    /** A registered person related to the child as well (a guardian of two siblings). */
    void relate(UUID child, UUID person, String relation) throws Exception {
        created(post("/api/v1/people/" + child + "/relations"), """
                {"relation": "%s", "personId": "%s"}
                """.formatted(relation, person));
    }

    /** A concern from the school counsellor, described as the reporter knew the child. */
    String concern(String subjectName, Integer birthYear, String personalNumber, String school) throws Exception {
        String body = """
                {"subjectName": %s, "subjectBirthYear": %s, "subjectPersonalNumber": %s, "subjectSchool": %s,
                 "worry": "Har slutat komma till skolan och verkar rädd.", "problemAreas": ["SCHOOL_ABSENCE"],
                 "urgent": false, "mandatoryReport": "WILL_BE_FILED", "reporterOrganisation": "Skolan",
                 "reporterFunction": "Elevhälsan", "reporterContact": "elevhalsan@skolan.example"}
                """.formatted(quoted(subjectName), birthYear, quoted(personalNumber), quoted(school));
        var result = concerns.api(
                        "skola",
                        post("/api/v1/concerns")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                .andExpect(status().isCreated())
                .andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    /** Triaged and identified as the child: ready for the coordinator's decision. */
    long readyForDecision(String concern, UUID child) throws Exception {
        long version = concerns.version("ic", concern);
        version = ConcernFixtures.version(concerns.command(
                        "ic",
                        concern,
                        "triage",
                        version,
                        "\"complexity\": \"HIGH\", \"valuation\": \"Behöver samverkan\"")
                .andExpect(status().isOk()));
        return ConcernFixtures.version(
                concerns.command("ic", concern, "identification", version, "\"personId\": \"" + child + "\"")
                        .andExpect(status().isOk()));
    }

    /** A concern about the child, activated with the case manager; returns the concern's id. */
    String activated(UUID child, String caseManager, String school) throws Exception {
        String id = concern("Barn Aktiverat", null, null, school);
        long version = readyForDecision(id, child);
        concerns.command(
                        "ic",
                        id,
                        "activation",
                        version,
                        "\"caseManagerId\": \"" + staffId(caseManager) + "\", \"reason\": \"Flera aktörer behövs\"")
                .andExpect(status().isOk());
        return id;
    }

    /** A concern about the child, left with the line; returns the concern's id. */
    String leftWithLine(UUID child, String receivingUnit) throws Exception {
        String id = concern("Barn Linjen", null, null, null);
        long version = readyForDecision(id, child);
        concerns.command(
                        "ic",
                        id,
                        "line-decision",
                        version,
                        "\"receivingUnit\": \"" + receivingUnit + "\", \"reason\": \"Skolan har insatserna\"")
                .andExpect(status().isOk());
        return id;
    }

    UUID staffId(String username) {
        return jdbc.sql("select staff_id from account where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }

    private UUID created(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json)
            throws Exception {
        var result = mvc.perform(request.with(httpBasic("ic", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn();
        if (result.getResponse().getStatus() != 201) {
            throw new IllegalStateException(
                    "not created: " + result.getResponse().getContentAsString());
        }
        return UUID.fromString(JsonPath.read(result.getResponse().getContentAsString(), "$.id"));
    }

    private static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }
}
