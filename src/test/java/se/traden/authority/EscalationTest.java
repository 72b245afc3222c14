package se.traden.authority;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.traden.support.CollaborationFixtures;
import se.traden.support.IntegrationTest;

/**
 * A disagreement climbs from the counterpart to the coordinator, the group manager and higher management,
 * each step with its question and outcome; reaching the group manager opens the case's content to them.
 */
class EscalationTest extends IntegrationTest {
    CollaborationFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new CollaborationFixtures(mvc, jdbc);
    }

    String open(String caseId) throws Exception {
        return CollaborationFixtures.read(
                fx.postJson("cm1", "/api/v1/cases/" + caseId + "/escalations", """
                                {"counterpart": "Sjöskolan", "question": "Skolan vill inte anpassa schemat"}""")
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.status").value("OPEN"))
                        .andExpect(jsonPath("$.steps[0].level").value("COUNTERPART"))
                        .andExpect(jsonPath("$.steps[0].raisedByName").value("Cem Demir")),
                "$.id");
    }

    @Test
    void aDisagreementClimbsStepByStepAndOpensTheCaseToTheGroupManager() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        String esc = open(caseId);
        String base = "/api/v1/cases/" + caseId + "/escalations/" + esc;
        fx.api("gruppchef", get("/api/v1/cases/" + caseId)).andExpect(status().isForbidden());
        fx.api("gruppchef", get("/api/v1/cases/" + caseId + "/escalations")).andExpect(status().isForbidden());

        fx.postJson("cm1", base + "/steps", "{\"version\": 0, \"question\": \"x\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:escalation.step-unanswered"));
        fx.postJson("cm1", base + "/outcome", "{\"version\": 0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("outcome", "settled")));
        fx.postJson("cm1", base + "/outcome", """
                        {"version": 0, "outcome": "Rektorn säger nej", "settled": false}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[0].settled").value(false));
        fx.postJson("cm1", base + "/steps", """
                        {"version": 1, "question": "Kan individkoordinatorn ta det med rektorn?"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentLevel").value("INDIVIDUAL_COORDINATOR"));
        fx.postJson("cm1", base + "/outcome", """
                        {"version": 2, "outcome": "Jag tar det själv", "settled": true}""")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type")
                        .value("urn:traden:problem:escalation.may-not-answer-at-individual-coordinator"));
        fx.postJson("ic", base + "/outcome", """
                        {"version": 2, "outcome": "Skolans ledning står fast", "settled": false}""").andExpect(status().isOk());
        fx.postJson("cm1", base + "/steps", """
                        {"version": 3, "question": "Gruppchefen behöver ta det med skolchefen"}""").andExpect(status().isForbidden());
        fx.postJson("ic", base + "/steps", """
                        {"version": 3, "question": "Gruppchefen behöver ta det med skolchefen"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentLevel").value("GROUP_MANAGER"));

        fx.api("gruppchef", get("/api/v1/cases/" + caseId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history[*].type").value(hasItem("ESCALATED_TO_GROUP_MANAGER")));
        fx.api("gruppchef", get("/api/v1/cases/" + caseId + "/contacts")).andExpect(status().isOk());
        fx.postJson("gruppchef", "/api/v1/cases/" + caseId + "/contacts", """
                        {"occurredAt": "%s", "kind": "PHONE", "withWhom": ["CHILD"], "note": "x"}""".formatted(
                                OffsetDateTime.now().minusHours(1)))
                .andExpect(status().isForbidden());
        fx.postJson("gruppchef", base + "/outcome", """
                        {"version": 4, "outcome": "Skolchefen vill inte", "settled": false}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[2].outcomeFunction").value("GROUP_MANAGER"));
        fx.postJson("gruppchef", base + "/steps", """
                        {"version": 5, "question": "Förvaltningscheferna behöver enas"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentLevel").value("HIGHER_MANAGEMENT"));
        fx.postJson("gruppchef", base + "/outcome", """
                        {"version": 6, "outcome": "Ingen ändring nu", "settled": false}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONCLUDED"))
                .andExpect(jsonPath("$.steps.length()").value(4));
        fx.postJson("ic", base + "/steps", "{\"version\": 7, \"question\": \"x\"}")
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aSettledStepEndsTheEscalationAndTheGroupManagerStaysOutside() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        String esc = open(caseId);
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/escalations/" + esc + "/outcome", """
                        {"version": 0, "outcome": "Vi kom överens", "settled": true}""")
                .andExpect(jsonPath("$.status").value("SETTLED"));
        fx.api("gruppchef", get("/api/v1/cases/" + caseId)).andExpect(status().isForbidden());
        fx.postJson("cm2", "/api/v1/cases/" + caseId + "/escalations", """
                        {"counterpart": "Skolan", "question": "x"}""").andExpect(status().isForbidden());
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/escalations", "{}").andExpect(status().isBadRequest());
    }

    @Test
    void theEscalationsPageTakesADisagreementAndItsOutcome() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        fx.page("cm1", get("/cases/" + caseId + "/escalations")).andExpect(status().isOk());
        fx.page(
                        "cm1",
                        post("/cases/" + caseId + "/escalations")
                                .param("counterpart", "Fritidsgården")
                                .param("question", "Öppettiderna"))
                .andExpect(redirectedUrl("/cases/" + caseId + "/escalations"));
        fx.page("cm1", post("/cases/" + caseId + "/escalations").param("counterpart", "Fritidsgården"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#esc-question\"")));
        String esc = jdbc.sql("select id::text from escalation where case_id = ?::uuid")
                .param(caseId)
                .query(String.class)
                .single();
        fx.page("cm1", get("/cases/" + caseId + "/escalations/" + esc + "/outcome"))
                .andExpect(status().isOk());
        fx.page(
                        "cm1",
                        post("/cases/" + caseId + "/escalations/" + esc + "/outcome")
                                .param("version", "0")
                                .param("outcome", "Löst i samtal")
                                .param("settled", "true"))
                .andExpect(redirectedUrl("/cases/" + caseId + "/escalations"));
        fx.page("cm1", get("/cases/" + caseId + "/escalations"))
                .andExpect(content().string(containsString("Löst i samtal")));
    }
}
