package se.traden.authority;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.traden.support.CollaborationFixtures;
import se.traden.support.IntegrationTest;

/**
 * The case manager links the social-services investigation, keeps its status and decisions, and gives
 * the case officer structured feedback; the linked case officer reads that and nothing else of the case.
 */
class InvestigationTest extends IntegrationTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    CollaborationFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new CollaborationFixtures(mvc, jdbc);
    }

    String link(String caseId) throws Exception {
        return CollaborationFixtures.read(
                fx.postJson("cm1", "/api/v1/cases/" + caseId + "/investigations", """
                                {"diaryNumber": "SN-2026-123", "caseOfficerId": "%s", "openedOn": "%s"}""".formatted(
                                        fx.staffId("handlaggare"), TODAY.minusDays(10)))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.status").value("OPENED"))
                        .andExpect(jsonPath("$.caseOfficerName").value("Hanna Ek")),
                "$.id");
    }

    @Test
    void anInvestigationWithoutADiaryNumberYetShowsOnTheCasePage() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/investigations", """
                        {"caseOfficerId": "%s", "openedOn": "%s"}""".formatted(
                                fx.staffId("handlaggare"), TODAY))
                .andExpect(status().isCreated());
        fx.page("cm1", get("/cases/" + caseId))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Utredning utan diarienummer")));
    }

    @Test
    void theInvestigationIsLinkedMovesForwardAndCarriesDecisionsAndFeedback() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        String inv = link(caseId);
        String base = "/api/v1/cases/" + caseId + "/investigations/" + inv;
        fx.postJson("cm1", base + "/status", """
                        {"version": 0, "status": "ONGOING", "on": "%s"}""".formatted(TODAY.minusDays(5)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ONGOING"))
                .andExpect(jsonPath("$.version").value(1));
        fx.postJson("cm1", base + "/status", """
                        {"version": 1, "status": "OPENED", "on": "%s"}""".formatted(TODAY))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:investigation.status-backwards"));
        fx.postJson("cm1", base + "/status", """
                        {"version": 0, "status": "DECIDED", "on": "%s"}""".formatted(TODAY)).andExpect(status().isConflict());
        fx.postJson("cm1", base + "/status", """
                        {"version": 1, "status": "DECIDED", "on": "%s"}""".formatted(TODAY.minusDays(6)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("investigation.before-current-status"));
        fx.postJson("cm1", base + "/decisions", """
                        {"decidedOn": "%s", "decision": "Beviljad kontaktperson"}""".formatted(TODAY)).andExpect(status().isCreated());
        fx.postJson("cm1", base + "/feedback", """
                        {"givenOn": "%s", "observations": "Går till skolan tre dagar av fem",
                         "needs": "Stöd på kvällar", "suggestions": "Kontaktperson"}""".formatted(TODAY)).andExpect(status().isCreated());
        fx.postJson("cm1", base + "/feedback", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("givenOn", "observations")));
        fx.api("handlaggare", get("/api/v1/cases/" + caseId + "/investigations"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].decisions[0].decision").value("Beviljad kontaktperson"))
                .andExpect(jsonPath("$[0].feedback[0].observations").value("Går till skolan tre dagar av fem"))
                .andExpect(jsonPath("$[0].feedback[0].givenByName").value("Cem Demir"));
    }

    @Test
    void anInvestigationNeedsARealCaseOfficerAndItsDays() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/investigations", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("caseOfficerId", "openedOn")));
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/investigations", """
                        {"caseOfficerId": "%s", "openedOn": "%s"}""".formatted(fx.staffId("cm2"), TODAY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("investigation.not-a-case-officer"));
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/investigations", """
                        {"caseOfficerId": "%s", "openedOn": "%s"}""".formatted(
                                fx.staffId("handlaggare"), TODAY.plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("investigation.date-in-future"));
        fx.postJson("cm2", "/api/v1/cases/" + caseId + "/investigations", """
                        {"caseOfficerId": "%s", "openedOn": "%s"}""".formatted(
                                fx.staffId("handlaggare"), TODAY))
                .andExpect(status().isForbidden());
        fx.postJson("handlaggare", "/api/v1/cases/" + caseId + "/investigations", """
                        {"caseOfficerId": "%s", "openedOn": "%s"}""".formatted(
                                fx.staffId("handlaggare"), TODAY))
                .andExpect(status().isForbidden());
        fx.api("cm1", get("/api/v1/cases/" + caseId + "/investigations"))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theLinkedCaseOfficerSeesTheInvestigationAndNothingElseOfTheCase() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        link(caseId);
        fx.api("handlaggare", get("/api/v1/cases/" + caseId + "/investigations"))
                .andExpect(status().isOk());
        fx.page("handlaggare", get("/cases/" + caseId + "/investigations"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SN-2026-123")))
                .andExpect(content().string(not(containsString("Koppla en utredning"))));
        for (String path : List.of(
                "/api/v1/cases/" + caseId,
                "/api/v1/cases/" + caseId + "/contacts",
                "/api/v1/cases/" + caseId + "/check-ins",
                "/api/v1/cases/" + caseId + "/group",
                "/api/v1/cases/" + caseId + "/instruments",
                "/api/v1/cases/" + caseId + "/reviews",
                "/api/v1/cases/" + caseId + "/escalations")) {
            fx.api("handlaggare", get(path)).andExpect(status().isForbidden());
        }
        for (String path : List.of(
                "/cases/" + caseId + "/contacts",
                "/cases/" + caseId + "/check-ins",
                "/cases/" + caseId + "/group",
                "/cases/" + caseId + "/instruments",
                "/cases/" + caseId + "/review",
                "/cases/" + caseId + "/escalations",
                "/cases/" + caseId + "/investigations/new")) {
            fx.page("handlaggare", get(path)).andExpect(status().isForbidden());
        }
        fx.postJson("handlaggare", "/api/v1/cases/" + caseId + "/contacts", "{}")
                .andExpect(status().isForbidden());
    }

    @Test
    void aCaseOfficerNotLinkedToTheCaseSeesNothingOfIt() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        fx.api("handlaggare", get("/api/v1/cases/" + caseId + "/investigations"))
                .andExpect(status().isForbidden());
        fx.page("handlaggare", get("/cases/" + caseId + "/investigations")).andExpect(status().isForbidden());
        fx.api("handlaggare", get("/api/v1/cases/" + caseId)).andExpect(status().isForbidden());
        fx.api("handlaggare", get("/api/v1/cases/" + caseId + "/contacts")).andExpect(status().isForbidden());
    }

    @Test
    void theCaseManagerKeepsTheInvestigationInTheBrowser() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        fx.page("cm1", get("/cases/" + caseId + "/investigations/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hanna Ek")));
        fx.page(
                        "cm1",
                        post("/cases/" + caseId + "/investigations")
                                .param(
                                        "caseOfficerId",
                                        fx.staffId("handlaggare").toString())
                                .param("openedOn", TODAY.toString())
                                .param("status", "ONGOING"))
                .andExpect(redirectedUrl("/cases/" + caseId + "/investigations"));
        fx.page("cm1", post("/cases/" + caseId + "/investigations").param("openedOn", TODAY.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("href=\"#inv-caseOfficerId\"")));
        String inv = jdbc.sql("select id::text from investigation where case_id = ?::uuid")
                .param(caseId)
                .query(String.class)
                .single();
        fx.page("cm1", get("/cases/" + caseId + "/investigations/" + inv + "/feedback"))
                .andExpect(status().isOk());
        fx.page(
                        "cm1",
                        post("/cases/" + caseId + "/investigations/" + inv + "/feedback")
                                .param("givenOn", TODAY.toString())
                                .param("observations", "Trivs på fritidsgården"))
                .andExpect(redirectedUrl("/cases/" + caseId + "/investigations"));
        fx.page(
                        "cm1",
                        post("/cases/" + caseId + "/investigations/" + inv + "/status")
                                .param("version", "0")
                                .param("status", "CLOSED_WITHOUT_INTERVENTION")
                                .param("on", TODAY.toString()))
                .andExpect(redirectedUrl("/cases/" + caseId + "/investigations"));
        fx.page("handlaggare", get("/cases/" + caseId + "/investigations"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trivs på fritidsgården")))
                .andExpect(content().string(containsString("Avslutad utan insats")));
    }
}
