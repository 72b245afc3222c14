package se.traden.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import se.traden.support.IntegrationTest;

/** A school counsellor worries; the coordinator works the concern through to a decision, over the API. */
class ConcernFlowApiTest extends IntegrationTest {

    static final String SCHOOL_CONCERN = """
            {"subjectName": "Elin Test", "subjectBirthYear": 2012, "subjectSchool": "Sjöskolan",
             "worry": "Hög frånvaro sedan augusti och nya äldre kontakter.",
             "problemAreas": ["SCHOOL_ABSENCE", "CRIME"], "urgent": %s,
             "mandatoryReport": "WILL_BE_FILED",
             "reporterOrganisation": "Sjöskolan", "reporterFunction": "Elevhälsan",
             "reporterContact": "elevhalsan@sjoskolan.example"}
            """;

    @Test
    void aConcernGoesFromRaisedToLineAndBackToActivation() throws Exception {
        String id = raise("skola", false);

        // The coordinator sees it in the inbox.
        api("ic", get("/api/v1/concerns/inbox")).andExpect(status().isOk());
        long version = version(api("ic", get("/api/v1/concerns/" + id)).andExpect(status().isOk()));

        version = version(command(
                        "ic",
                        id,
                        "triage",
                        version,
                        "\"complexity\": \"MEDIUM\", \"valuation\": \"Behöver mer underlag\"")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TRIAGED")));
        version = version(command(
                        "ic",
                        id,
                        "feedback",
                        version,
                        "\"text\": \"Vi har tagit emot oron och återkommer inom två dagar.\"")
                .andExpect(jsonPath("$.deadlines.feedback.state").value("MET")));
        version = version(command(
                        "ic",
                        id,
                        "line-decision",
                        version,
                        "\"receivingUnit\": \"Elevhälsan Sjöskolan\", \"advice\": \"Närvaroplan\", \"reason\": \"Skolan har insatserna\"")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LINE")));

        // The line comes back: the same concern opens again, on the same history.
        version = version(command(
                        "ic",
                        id,
                        "line-return",
                        version,
                        "\"text\": \"Frånvaron har ökat och polisen har hört av sig\"")
                .andExpect(jsonPath("$.status").value("TRIAGED")));
        version = version(command("ic", id, "identification", version, "\"personId\": \"" + registeredChild() + "\""));
        UUID cm = staffId("cm1");
        command(
                        "ic",
                        id,
                        "activation",
                        version,
                        "\"caseManagerId\": \"" + cm + "\", \"reason\": \"Komplext behov, flera aktörer\"")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVATED"))
                .andExpect(jsonPath("$.caseManagerId").value(cm.toString()))
                .andExpect(jsonPath("$.timeline[*].type")
                        .value(org.hamcrest.Matchers.contains(
                                "RAISED",
                                "TRIAGED",
                                "FEEDBACK_GIVEN",
                                "LEFT_WITH_LINE",
                                "LINE_RETURNED",
                                "IDENTIFIED",
                                "ACTIVATED")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cm1",
                "gruppchef",
                "handlaggare",
                "mottagning",
                "socialjour",
                "skola",
                "polis",
                "styrgrupp",
                "loggranskare",
                "admin"
            })
    void onlyTheCoordinatorDecides(String user) throws Exception {
        String id = raise("skola", true);
        long version = version(api("ic", get("/api/v1/concerns/" + id)));
        version = version(command("ic", id, "triage", version, "\"complexity\": \"HIGH\", \"valuation\": \"Akut\""));
        long denied = accessLogCount("outcome = 'DENIED' and record_id = ?", id);
        command(user, id, "line-decision", version, "\"receivingUnit\": \"X\", \"reason\": \"Y\"")
                .andExpect(status().is(org.hamcrest.Matchers.oneOf(403, 404)));
        assertThat(accessLogCount("outcome = 'DENIED' and record_id = ?", id)).isEqualTo(denied + 1);
        api("ic", get("/api/v1/concerns/" + id)).andExpect(jsonPath("$.status").value("TRIAGED"));
    }

    @Test
    void aDecisionNeedsItsReasonAndACaseManager() throws Exception {
        String id = raise("skola", false);
        long version = version(api("ic", get("/api/v1/concerns/" + id)));
        version = version(command("ic", id, "triage", version, "\"complexity\": \"LOW\", \"valuation\": \"x\""));
        command("ic", id, "activation", version, "\"reason\": \" \"")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("caseManagerId", "reason", "personId")));
        command("ic", id, "line-decision", version, "\"reason\": \"x\"")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("receivingUnit"));
        api("ic", get("/api/v1/concerns/" + id)).andExpect(jsonPath("$.status").value("TRIAGED"));
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsOverwritten() throws Exception {
        String id = raise("skola", false);
        long version = version(api("ic", get("/api/v1/concerns/" + id)));
        command("ic", id, "triage", version, "\"complexity\": \"LOW\", \"valuation\": \"first\"")
                .andExpect(status().isOk());
        command("ic", id, "triage", version, "\"complexity\": \"HIGH\", \"valuation\": \"second\"")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:concurrent-edit"));
        api("ic", get("/api/v1/concerns/" + id))
                .andExpect(jsonPath("$.complexity").value("LOW"));
    }

    @Test
    void badInputNamesEveryFieldAndStoresNothing() throws Exception {
        long before = jdbc.sql("select count(*) from concern").query(Long.class).single();
        api(
                        "skola",
                        post("/api/v1/concerns")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"mandatoryReport\": \"NOT_APPLICABLE\", \"problemAreas\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder(
                                "worry",
                                "problemAreas",
                                "mandatoryReportReason",
                                "subjectName",
                                "reporterContact",
                                "reporterOrganisation")))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        assertThat(jdbc.sql("select count(*) from concern").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void urgentConcernsTopTheInbox() throws Exception {
        String ordinary = raise("skola", false);
        String urgent = raise("polis", true);
        String inbox = api("ic", get("/api/v1/concerns/inbox"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> ids = JsonPath.read(inbox, "$[*].id");
        List<Boolean> urgency = JsonPath.read(inbox, "$[*].urgent");
        assertThat(ids.indexOf(urgent)).isLessThan(ids.indexOf(ordinary));
        // every urgent concern comes before every ordinary one
        assertThat(urgency).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aReporterSeesTheirOwnConcernsAndFeedbackButNothingElse() throws Exception {
        String id = raise("polis", false);
        long version = version(api("ic", get("/api/v1/concerns/" + id)));
        version = version(
                command("ic", id, "triage", version, "\"complexity\": \"LOW\", \"valuation\": \"Hemlig bedömning\""));
        command("ic", id, "feedback", version, "\"text\": \"Tack, vi har tagit emot oron.\"");

        String mine = api("polis", get("/api/v1/concerns/mine"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(mine).contains(id).contains("Tack, vi har tagit emot oron.").doesNotContain("Hemlig bedömning");
        api("polis", get("/api/v1/concerns/" + id)).andExpect(status().isForbidden());
        api("skola", get("/api/v1/concerns/mine"))
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id))));
    }

    @Test
    void anotherMunicipalityGetsNotFoundAndTheAttemptIsLogged() throws Exception {
        String id = raise("skola", false);
        api("aby-ic", get("/api/v1/concerns/" + id)).andExpect(status().isNotFound());
        assertThat(accessLogCount("outcome = 'DENIED' and record_id = ? and username = 'aby-ic'", id))
                .isOne();
    }

    String raise(String user, boolean urgent) throws Exception {
        var result = api(
                        user,
                        post("/api/v1/concerns")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(SCHOOL_CONCERN.formatted(urgent)))
                .andExpect(status().isCreated())
                .andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    ResultActions command(String user, String id, String command, long version, String fields) throws Exception {
        return api(
                user,
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/concerns/" + id + "/" + command)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + (fields.isEmpty() ? "" : ", " + fields) + "}"));
    }

    ResultActions api(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }

    static long version(ResultActions result) throws Exception {
        Number v = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.version");
        return v.longValue();
    }

    UUID staffId(String username) {
        return jdbc.sql("select staff_id from account where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }
}
