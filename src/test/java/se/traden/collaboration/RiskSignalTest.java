package se.traden.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import se.traden.support.CollaborationFixtures;
import se.traden.support.IntegrationTest;
import se.traden.support.MutableClock;
import se.traden.support.MutableClockConfiguration;

/**
 * The coordinator's risk signals: the case manager as the only intervention, an investigation closed
 * without intervention while the case goes on, a family declining all but the case manager, no contact
 * for 14 days, and an overdue check-in — each appearing and going away with what happens in the case.
 */
@Import(MutableClockConfiguration.class)
class RiskSignalTest extends IntegrationTest {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired
    MutableClock clock;

    CollaborationFixtures fx;
    Instant t;
    LocalDate today;

    @BeforeEach
    void fixedTime() {
        fx = new CollaborationFixtures(mvc, jdbc);
        today = LocalDate.now(STOCKHOLM);
        t = today.atTime(10, 0).atZone(STOCKHOLM).toInstant();
        clock.set(t);
    }

    @AfterEach
    void wallClock() {
        clock.reset();
    }

    @Test
    void signalsComeAndGoWithWhatHappensInTheCase() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        assertThat(kinds(caseId)).containsExactly("CASE_MANAGER_ONLY_INTERVENTION");

        String investigation = CollaborationFixtures.read(
                fx.postJson("cm1", "/api/v1/cases/" + caseId + "/investigations", """
                        {"caseOfficerId": "%s", "openedOn": "%s"}""".formatted(
                                fx.staffId("handlaggare"), today)),
                "$.id");
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/investigations/" + investigation + "/status", """
                        {"version": 0, "status": "CLOSED_WITHOUT_INTERVENTION", "on": "%s"}""".formatted(
                                today))
                .andExpect(status().isOk());
        assertThat(kinds(caseId))
                .containsExactlyInAnyOrder(
                        "CASE_MANAGER_ONLY_INTERVENTION", "INVESTIGATION_CLOSED_WITHOUT_INTERVENTION");
        assertThat(signal(caseId, "INVESTIGATION_CLOSED_WITHOUT_INTERVENTION"))
                .containsEntry("since", today.toString());

        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/declined-interventions", """
                        {"declaredOn": "%s"}""".formatted(today))
                .andExpect(status().isCreated());
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/group/actors", """
                        {"organisation": "Sjöskolan", "functionName": "Kurator", "task": "Samtal varje vecka",
                         "mandate": "Elevhälsans insatser"}""").andExpect(status().isCreated());
        assertThat(kinds(caseId))
                .containsExactlyInAnyOrder(
                        "INVESTIGATION_CLOSED_WITHOUT_INTERVENTION", "FAMILY_DECLINES_ALL_BUT_CASE_MANAGER");

        clock.set(t.plus(Duration.ofDays(15)));
        assertThat(kinds(caseId)).contains("NO_CONTACT", "CHECK_IN_OVERDUE");
        assertThat(signal(caseId, "NO_CONTACT")).containsEntry("days", 15);
        assertThat(signal(caseId, "CHECK_IN_OVERDUE")).containsEntry("days", 8);

        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/contacts", """
                        {"occurredAt": "%s", "kind": "PHONE", "withWhom": ["CHILD"], "note": "Hörde av mig"}""".formatted(
                                t.plus(Duration.ofDays(15)).minus(Duration.ofHours(1))))
                .andExpect(status().isCreated());
        fx.postJson("ic", "/api/v1/cases/" + caseId + "/check-ins", """
                        {"heldOn": "%s", "riskAndNeeds": "Oro kvar", "workloadManageable": true}""".formatted(today.plusDays(15)))
                .andExpect(status().isCreated());
        assertThat(kinds(caseId))
                .containsExactlyInAnyOrder(
                        "INVESTIGATION_CLOSED_WITHOUT_INTERVENTION", "FAMILY_DECLINES_ALL_BUT_CASE_MANAGER");
    }

    @Test
    void anInvestigationWithAnInterventionMeansTheCaseManagerIsNotAlone() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        String investigation = CollaborationFixtures.read(
                fx.postJson("cm1", "/api/v1/cases/" + caseId + "/investigations", """
                        {"caseOfficerId": "%s", "openedOn": "%s", "status": "DECIDED"}""".formatted(
                                fx.staffId("handlaggare"), today)),
                "$.id");
        assertThat(investigation).isNotBlank();
        assertThat(kinds(caseId)).isEmpty();
    }

    @Test
    void onlyTheCoordinatorSeesTheSignalsOfTheirOwnMunicipality() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        for (String user : List.of(
                "cm1",
                "cm2",
                "gruppchef",
                "handlaggare",
                "mottagning",
                "socialjour",
                "skola",
                "polis",
                "styrgrupp",
                "loggranskare",
                "admin")) {
            fx.api(user, get("/api/v1/risk-signals")).andExpect(status().isForbidden());
            fx.page(user, get("/risk-signals")).andExpect(status().isForbidden());
        }
        List<String> aby = JsonPath.read(
                fx.api("aby-ic", get("/api/v1/risk-signals"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[*].caseId");
        assertThat(aby).doesNotContain(caseId);
        fx.page("ic", get("/risk-signals"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/cases/" + caseId)))
                .andExpect(content().string(containsString("Case managern är enda insatsen")));
    }

    List<String> kinds(String caseId) throws Exception {
        return JsonPath.read(
                fx.api("ic", get("/api/v1/risk-signals"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[?(@.caseId == '" + caseId + "')].kind");
    }

    Map<String, Object> signal(String caseId, String kind) throws Exception {
        List<Map<String, Object>> found = JsonPath.read(
                fx.api("ic", get("/api/v1/risk-signals"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[?(@.caseId == '" + caseId + "' && @.kind == '" + kind + "')]");
        assertThat(found).hasSize(1);
        return found.getFirst();
    }
}
