package se.traden.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
 * Check-ins fall due on the cadence of the case's phase, counted from the last check-in or the opening:
 * with the default weekly cadence of an intensive phase, a case opened at T is on time at T+7 days and
 * overdue at T+8; a check-in puts it on time again; in maintenance at normal intensity the cadence is
 * every other week. The overdue list shows the coordinator names and the group manager none.
 */
@Import(MutableClockConfiguration.class)
class CheckInCadenceTest extends IntegrationTest {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired
    MutableClock clock;

    CollaborationFixtures fx;
    Instant t;

    @BeforeEach
    void fixedTime() {
        fx = new CollaborationFixtures(mvc, jdbc);
        // Mid-morning, so that adding whole days never crosses midnight in Stockholm.
        t = LocalDate.now(STOCKHOLM).atTime(10, 0).atZone(STOCKHOLM).toInstant();
        clock.set(t);
    }

    @AfterEach
    void wallClock() {
        clock.reset();
    }

    @Test
    void aCheckInIsOnTimeForAWeekThenOverdueUntilTheNextIsHeld() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        LocalDate opened = LocalDate.ofInstant(t, STOCKHOLM);

        clock.set(t.plus(Duration.ofDays(7)));
        checkIns("cm1", caseId)
                .andExpect(jsonPath("$.next.dueOn").value(opened.plusDays(7).toString()))
                .andExpect(jsonPath("$.next.cadenceDays").value(7))
                .andExpect(jsonPath("$.next.overdue").value(false));
        assertThat(overdueCaseIds("ic")).doesNotContain(caseId);

        clock.set(t.plus(Duration.ofDays(8)));
        checkIns("cm1", caseId)
                .andExpect(jsonPath("$.next.overdue").value(true))
                .andExpect(jsonPath("$.next.daysOverdue").value(1));
        Map<String, Object> row = overdueRow("ic", caseId);
        assertThat(row).containsEntry("daysOverdue", 1).containsEntry("childName", "Testbarn Fixtur");
        assertThat(row.get("lastCheckIn")).isNull();
        Map<String, Object> managerRow = overdueRow("gruppchef", caseId);
        assertThat(managerRow)
                .containsEntry("daysOverdue", 1)
                .containsEntry("caseManagerName", "Cem Demir")
                .containsEntry("childName", null);
        assertThat((String) managerRow.get("reference")).startsWith("Ä-");

        LocalDate today = opened.plusDays(8);
        fx.postJson("ic", "/api/v1/cases/" + caseId + "/check-ins", """
                        {"heldOn": "%s", "riskAndNeeds": "Frånvaron minskar, kvällarna oroar",
                         "newActors": "Fritidsgården kan kopplas in", "familyResources": "Mormor stöttar",
                         "workloadManageable": true, "obstacles": "Skolan svarar sent"}""".formatted(today))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recordedInFunction").value("INDIVIDUAL_COORDINATOR"));
        checkIns("cm1", caseId)
                .andExpect(jsonPath("$.checkIns.length()").value(1))
                .andExpect(jsonPath("$.next.dueOn").value(today.plusDays(7).toString()))
                .andExpect(jsonPath("$.next.overdue").value(false));
        assertThat(overdueCaseIds("ic")).doesNotContain(caseId);
    }

    @Test
    void outsideTheIntensivePhasesTheOtherCadenceApplies() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        long v = CollaborationFixtures.version(fx.api("cm1", get("/api/v1/cases/" + caseId)));
        v = CollaborationFixtures.version(fx.postJson(
                "cm1",
                "/api/v1/cases/" + caseId + "/phase",
                "{\"version\": " + v + ", \"phase\": \"MAINTENANCE\", \"reason\": \"Stabilt\"}"));
        checkIns("cm1", caseId).andExpect(jsonPath("$.next.cadenceDays").value(7));
        fx.postJson(
                "cm1",
                "/api/v1/cases/" + caseId + "/intensity",
                "{\"version\": " + v + ", \"intensive\": false, \"reason\": \"Lugnare\"}");
        LocalDate opened = LocalDate.ofInstant(t, STOCKHOLM);
        clock.set(t.plus(Duration.ofDays(14)));
        checkIns("cm1", caseId)
                .andExpect(jsonPath("$.next.cadenceDays").value(14))
                .andExpect(jsonPath("$.next.dueOn").value(opened.plusDays(14).toString()))
                .andExpect(jsonPath("$.next.overdue").value(false));
        clock.set(t.plus(Duration.ofDays(15)));
        checkIns("cm1", caseId).andExpect(jsonPath("$.next.daysOverdue").value(1));
    }

    @Test
    void aCheckInNeedsItsContentAndADayWithinTheCase() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        LocalDate opened = LocalDate.ofInstant(t, STOCKHOLM);
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/check-ins", """
                        {"heldOn": "%s", "workloadManageable": false}""".formatted(opened.plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code")
                        .value(hasItems("check-in.in-future", "required", "check-in.workload-note-required")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("heldOn", "riskAndNeeds", "workloadNote")));
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/check-ins", """
                        {"heldOn": "%s", "riskAndNeeds": "x", "workloadManageable": true}""".formatted(opened.minusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("check-in.before-opening"));
        fx.postJson("cm2", "/api/v1/cases/" + caseId + "/check-ins", """
                        {"heldOn": "%s", "riskAndNeeds": "x", "workloadManageable": true}""".formatted(opened))
                .andExpect(status().isForbidden());
        fx.postJson("gruppchef", "/api/v1/cases/" + caseId + "/check-ins", "{}").andExpect(status().isForbidden());
        checkIns("cm1", caseId).andExpect(jsonPath("$.checkIns.length()").value(0));
    }

    @Test
    void theOverdueListIsForTheCoordinatorAndTheGroupManagerOnly() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        clock.set(t.plus(Duration.ofDays(9)));
        for (String user : List.of(
                "cm1",
                "cm2",
                "handlaggare",
                "mottagning",
                "socialjour",
                "skola",
                "polis",
                "styrgrupp",
                "loggranskare",
                "admin")) {
            fx.api(user, get("/api/v1/check-ins/overdue")).andExpect(status().isForbidden());
            fx.page(user, get("/check-ins/overdue")).andExpect(status().isForbidden());
        }
        assertThat(overdueCaseIds("aby-ic")).doesNotContain(caseId);
        fx.page("ic", get("/check-ins/overdue"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Testbarn Fixtur")))
                .andExpect(content().string(containsString("/cases/" + caseId + "/check-ins")));
        fx.page("gruppchef", get("/check-ins/overdue"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cem Demir")))
                .andExpect(content().string(not(containsString("Testbarn Fixtur"))));
    }

    @Test
    void theCheckInsPageShowsWhenTheNextIsDueAndTakesOne() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        clock.set(t.plus(Duration.ofDays(10)));
        LocalDate today = LocalDate.ofInstant(t, STOCKHOLM).plusDays(10);
        fx.page("cm1", get("/cases/" + caseId + "/check-ins"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Försenad 3 dagar")));
        fx.page(
                        "cm1",
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                        "/cases/" + caseId + "/check-ins")
                                .param("heldOn", today.toString())
                                .param("workloadManageable", "false"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#check-in-riskAndNeeds\"")))
                .andExpect(content().string(containsString("href=\"#check-in-workloadNote\"")));
        fx.page(
                        "cm1",
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                        "/cases/" + caseId + "/check-ins")
                                .param("heldOn", today.toString())
                                .param("riskAndNeeds", "Oro för kvällarna")
                                .param("workloadManageable", "true"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/cases/" + caseId + "/check-ins"));
        fx.page("cm1", get("/cases/" + caseId + "/check-ins"))
                .andExpect(content().string(containsString("Oro för kvällarna")))
                .andExpect(content().string(containsString("I tid")));
    }

    org.springframework.test.web.servlet.ResultActions checkIns(String user, String caseId) throws Exception {
        return fx.api(user, get("/api/v1/cases/" + caseId + "/check-ins")).andExpect(status().isOk());
    }

    List<String> overdueCaseIds(String user) throws Exception {
        return JsonPath.read(
                fx.api(user, get("/api/v1/check-ins/overdue"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[*].caseId");
    }

    Map<String, Object> overdueRow(String user, String caseId) throws Exception {
        List<Map<String, Object>> rows = JsonPath.read(
                fx.api(user, get("/api/v1/check-ins/overdue"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[?(@.caseId == '" + caseId + "')]");
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }
}
