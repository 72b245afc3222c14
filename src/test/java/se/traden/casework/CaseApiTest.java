package se.traden.casework;

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
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.traden.support.IntegrationTest;

/** The coordinator's activation opens a case that only those involved may see. */
class CaseApiTest extends IntegrationTest {

    @Test
    void activationOpensACaseHeldByTheAssignedCaseManager() throws Exception {
        String caseId = anActivatedCase("cm1");
        call("cm1", get("/api/v1/cases/" + caseId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.phase").value("EXPLORING"))
                .andExpect(jsonPath("$.intensive").value(true))
                .andExpect(jsonPath("$.childName").value("Testbarn Fixtur"))
                .andExpect(jsonPath("$.history[0].type").value("OPENED"));
        List<String> mine = JsonPath.read(
                call("cm1", get("/api/v1/cases")).andReturn().getResponse().getContentAsString(), "$[*].id");
        assertThat(mine).contains(caseId);
        List<String> others = JsonPath.read(
                call("cm2", get("/api/v1/cases")).andReturn().getResponse().getContentAsString(), "$[*].id");
        assertThat(others).doesNotContain(caseId);
    }

    @ParameterizedTest(name = "{0} reading a case → {1}")
    @CsvSource({
        "cm1, 200",
        "ic, 200",
        "cm2, 403",
        "gruppchef, 403",
        "handlaggare, 403",
        "mottagning, 403",
        "socialjour, 403",
        "skola, 403",
        "polis, 403",
        "styrgrupp, 403",
        "loggranskare, 403",
        "admin, 403",
        "aby-ic, 404"
    })
    void onlyThoseInvolvedReadACase(String user, int expected) throws Exception {
        String caseId = anActivatedCase("cm1");
        long denied = accessLogCount("outcome = 'DENIED' and record_id = ?", caseId);
        call(user, get("/api/v1/cases/" + caseId)).andExpect(status().is(expected));
        if (expected != 200) {
            assertThat(accessLogCount("outcome = 'DENIED' and record_id = ?", caseId))
                    .isEqualTo(denied + 1);
        }
    }

    @Test
    void aPhaseChangesWithAReasonAndCanGoBack() throws Exception {
        String caseId = anActivatedCase("cm1");
        long v = version(call("cm1", get("/api/v1/cases/" + caseId)));
        v = version(command(
                        "cm1",
                        caseId,
                        "phase",
                        "{\"version\": " + v + ", \"phase\": \"CHANGE\", \"reason\": \"Kartläggningen klar\"}")
                .andExpect(jsonPath("$.phase").value("CHANGE")));
        command("cm1", caseId, "phase", "{\"version\": " + v + ", \"phase\": \"EXPLORING\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        v = version(command(
                        "cm1",
                        caseId,
                        "phase",
                        "{\"version\": " + v + ", \"phase\": \"EXPLORING\", \"reason\": \"Ny information\"}")
                .andExpect(jsonPath("$.phase").value("EXPLORING")));
        command(
                        "cm1",
                        caseId,
                        "intensity",
                        "{\"version\": " + v + ", \"intensive\": false, \"reason\": \"Lugnare period\"}")
                .andExpect(jsonPath("$.intensive").value(false))
                .andExpect(jsonPath("$.history[*].type")
                        .value(org.hamcrest.Matchers.contains(
                                "OPENED", "PHASE_CHANGED", "PHASE_CHANGED", "INTENSITY_EASED")));
    }

    @Test
    void aCaseDoesNotCloseWithoutEvaluatedGoalsAndAPlanForDifficulties() throws Exception {
        String caseId = anActivatedCase("cm1");
        long v = version(call("cm1", get("/api/v1/cases/" + caseId)));
        command("cm1", caseId, "closure", "{\"version\": " + v + ", \"reason\": \"Stabilt\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.hasItems("goals", "difficultiesPlan")));
        call("cm1", get("/api/v1/cases/" + caseId))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void anotherCaseManagerCannotChangeTheCase() throws Exception {
        String caseId = anActivatedCase("cm1");
        command("cm2", caseId, "phase", "{\"version\": 0, \"phase\": \"CHANGE\", \"reason\": \"x\"}")
                .andExpect(status().isForbidden());
    }

    /** A concern about a registered child, triaged and activated by the coordinator with the given CM. */
    String anActivatedCase(String caseManager) throws Exception {
        UUID child = registeredChild();
        String concern = JsonPath.read(
                call(
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
        UUID cm = jdbc.sql("select staff_id from account where username = ?")
                .param(caseManager)
                .query(UUID.class)
                .single();
        concernCommand(concern, "activation", 2, "\"caseManagerId\": \"" + cm + "\", \"reason\": \"Flera aktörer\"");
        return jdbc.sql("select id::text from collab_case where origin_concern_id = ?::uuid")
                .param(concern)
                .query(String.class)
                .single();
    }

    void concernCommand(String concern, String command, long version, String fields) throws Exception {
        call(
                        "ic",
                        post("/api/v1/concerns/" + concern + "/" + command)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\": " + version + ", " + fields + "}"))
                .andExpect(status().isOk());
    }

    ResultActions command(String user, String caseId, String command, String body) throws Exception {
        return call(
                user,
                post("/api/v1/cases/" + caseId + "/" + command)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body));
    }

    ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }

    static long version(ResultActions result) throws Exception {
        Number v = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.version");
        return v.longValue();
    }
}
