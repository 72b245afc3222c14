package se.traden.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.traden.support.CaseFixtures;
import se.traden.support.IntegrationTest;

/**
 * The case pages in the browser: the list of the acting function, the case page with its steps, the
 * print summary and the transitions. Each page answers only those who may see it.
 */
class CasePagesTest extends IntegrationTest {
    CaseFixtures cases;
    CaseSessions sessions;

    @BeforeEach
    void fixtures() {
        cases = new CaseFixtures(mvc, jdbc);
        sessions = new CaseSessions(mvc);
    }

    @ParameterizedTest(name = "{0}: list {1}, case {2}, summary {3}, transitions {4}, follow-ups {5}, re-engage {6}")
    @CsvSource({
        "ic,           200, 200, 200, 200, 200, 200",
        "cm1,          200, 200, 200, 200, 200, 403",
        "cm2,          200, 403, 403, 403, 200, 403",
        "gruppchef,    200, 403, 403, 403, 403, 403",
        "handlaggare,  403, 403, 403, 403, 403, 403",
        "mottagning,   403, 403, 403, 403, 403, 403",
        "socialjour,   403, 403, 403, 403, 403, 403",
        "skola,        403, 403, 403, 403, 403, 403",
        "polis,        403, 403, 403, 403, 403, 403",
        "styrgrupp,    403, 403, 403, 403, 403, 403",
        "loggranskare, 403, 403, 403, 403, 403, 403",
        "admin,        403, 403, 403, 403, 403, 403",
        "aby-ic,       200, 404, 404, 404, 200, 404"
    })
    void eachPageAnswersOnlyThoseWhoMaySeeIt(
            String user, int list, int page, int summary, int transitions, int followUps, int reengage)
            throws Exception {
        String caseId = cases.anActivatedCase(registeredChild(), "cm1");
        String concern = origin(caseId);
        long denied = accessLogCount("outcome = 'DENIED' and record_id = ?", caseId);
        page(user, "/cases").andExpect(status().is(list));
        page(user, "/cases/" + caseId).andExpect(status().is(page));
        page(user, "/cases/" + caseId + "/summary").andExpect(status().is(summary));
        page(user, "/cases/" + caseId + "/transitions").andExpect(status().is(transitions));
        page(user, "/cases/follow-ups").andExpect(status().is(followUps));
        page(user, "/cases/" + caseId + "/reengagement?concern=" + concern).andExpect(status().is(reengage));
        if (page != 200) {
            assertThat(accessLogCount("outcome = 'DENIED' and record_id = ?", caseId))
                    .isGreaterThan(denied);
        }
    }

    @Test
    void theCasePageShowsTheThreadAndTheStepsOfItsCaseManager() throws Exception {
        String caseId = cases.anActivatedCase(registeredChild(), "cm1");
        page("cm1", "/cases/" + caseId)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Testbarn Fixtur")))
                .andExpect(content().string(containsString("Cem Demir")))
                .andExpect(content().string(containsString("Utforskande fas")))
                .andExpect(content().string(containsString("Delar av ärendet")))
                .andExpect(content().string(containsString("/cases/" + caseId + "/transitions")))
                .andExpect(content().string(containsString("/cases/" + caseId + "/summary")))
                .andExpect(content().string(containsString("/cases/" + caseId + "/plan\"")))
                .andExpect(content().string(containsString("Byt fas")))
                .andExpect(content().string(containsString("Ärendet öppnat")))
                .andExpect(content().string(not(containsString("Tillsätt en annan case manager"))));
        page("ic", "/cases/" + caseId)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tillsätt en annan case manager")))
                .andExpect(content().string(containsString("Maria Lind")));
    }

    @Test
    void theCaseManagerChangesThePhaseWithAReasonAndAStaleFormIsAConflict() throws Exception {
        String caseId = cases.anActivatedCase(registeredChild(), "cm1");
        form("cm1", post("/cases/" + caseId + "/phase").param("version", "0").param("phase", "CHANGE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("href=\"#phase-reason\"")))
                .andExpect(content().string(containsString("Ange skälet")));
        form(
                        "cm1",
                        post("/cases/" + caseId + "/phase")
                                .param("version", "0")
                                .param("phase", "CHANGE")
                                .param("reason", "Kartläggningen är klar"))
                .andExpect(redirectedUrl("/cases/" + caseId))
                .andExpect(flash().attribute("notice", "cases.notice.phase-changed"));
        page("cm1", "/cases/" + caseId)
                .andExpect(content().string(containsString("Förändrande fas")))
                .andExpect(content().string(containsString("Kartläggningen är klar")));
        form(
                        "cm1",
                        post("/cases/" + caseId + "/intensity")
                                .param("version", "0")
                                .param("intensive", "false")
                                .param("reason", "Lugnare"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Ärendet har ändrats")))
                .andExpect(content().string(containsString("/cases/" + caseId)));
        form(
                        "gruppchef",
                        post("/cases/" + caseId + "/intensity")
                                .param("version", "1")
                                .param("intensive", "false")
                                .param("reason", "Lugnare"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCaseWithoutAnEvaluatedPlanIsNotClosedAndThePageSaysWhy() throws Exception {
        String caseId = cases.anActivatedCase(registeredChild(), "cm1");
        form(
                        "cm1",
                        post("/cases/" + caseId + "/closure/confirm")
                                .param("version", "0")
                                .param("reason", "Stabilt"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Planens mål måste vara utvärderade")))
                .andExpect(content().string(not(containsString("Bekräfta avslut"))));
        cases.api("cm1", get("/api/v1/cases/" + caseId))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void theGroupManagersListCountsTheLoadWithoutChildren() throws Exception {
        cases.anActivatedCase(registeredChild(), "cm1");
        cases.anActivatedCase(registeredChild(), "cm2");
        page("gruppchef", "/cases")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Arbetsbelastning i enheten")))
                .andExpect(content().string(containsString("Cem Demir")))
                .andExpect(content().string(containsString("Maria Lind")))
                .andExpect(content().string(not(containsString("Testbarn"))))
                .andExpect(content().string(not(containsString("href=\"/cases/"))));
        cases.api("gruppchef", get("/api/v1/cases"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].childName").doesNotExist());
        page("ic", "/cases")
                .andExpect(content().string(containsString("Enhetens ärenden")))
                .andExpect(content().string(containsString("Testbarn Fixtur")));
        page("cm1", "/cases").andExpect(content().string(containsString("Mina ärenden")));
    }

    @Test
    void theSummaryPrintsTheCaseWithoutForms() throws Exception {
        String caseId = cases.anActivatedCase(registeredChild(), "cm1");
        page("cm1", "/cases/" + caseId + "/summary")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sammanfattning av ärende")))
                .andExpect(content().string(containsString("Testbarn Fixtur")))
                .andExpect(content().string(containsString("Ärendet öppnat")))
                .andExpect(content().string(containsString("print.css")))
                .andExpect(content().string(not(containsString("closure/confirm"))))
                .andExpect(content().string(not(containsString("Byt fas"))));
    }

    @Test
    void aChildTurningEighteenSoonIsFlaggedOnTheCaseTheListsAndInTheApi() throws Exception {
        LocalDate birth = LocalDate.now().minusYears(18).plusMonths(2);
        String soon = cases.anActivatedCase(registeredChildBornOn(birth), "cm1");
        String later =
                cases.anActivatedCase(registeredChildBornOn(LocalDate.now().minusYears(12)), "cm1");
        String eighteenth = birth.plusYears(18).toString();
        page("cm1", "/cases/" + soon).andExpect(content().string(containsString("Fyller 18 år " + eighteenth)));
        page("cm1", "/cases/" + later).andExpect(content().string(not(containsString("Fyller 18 år"))));
        page("ic", "/cases").andExpect(content().string(containsString("Fyller 18 år " + eighteenth)));
        cases.api("cm1", get("/api/v1/cases/" + soon))
                .andExpect(jsonPath("$.turns18On").value(eighteenth));
        cases.api("cm1", get("/api/v1/cases/" + later))
                .andExpect(jsonPath("$.turns18On").doesNotExist());
        cases.api("cm1", get("/api/v1/cases"))
                .andExpect(jsonPath("$[?(@.id == '" + soon + "')].turns18On").value(eighteenth));
    }

    @Test
    void aTransitionIsRecordedOnItsPageAndAHomeComingNeedsItsPlan() throws Exception {
        String caseId = cases.anActivatedCase(registeredChild(), "cm1");
        form(
                        "cm1",
                        post("/cases/" + caseId + "/transitions")
                                .param("kind", "HOME_COMING")
                                .param("occursOn", LocalDate.now().plusDays(20).toString())
                                .param("ownerOrganisation", "HVB Björkgården"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#transition-homeComingPlan\"")))
                .andExpect(content().string(containsString("En hemflytt registreras med sin hemflyttsplan")));
        form(
                        "cm1",
                        post("/cases/" + caseId + "/transitions")
                                .param("kind", "HOME_COMING")
                                .param("occursOn", LocalDate.now().plusDays(20).toString())
                                .param("ownerOrganisation", "HVB Björkgården")
                                .param("homeComingPlan", "Skolstart v. 34, veckovisa samtal med familjen"))
                .andExpect(redirectedUrl("/cases/" + caseId + "/transitions"));
        page("cm1", "/cases/" + caseId + "/transitions")
                .andExpect(content().string(containsString("Hemflytt efter placering")))
                .andExpect(content().string(containsString("HVB Björkgården")))
                .andExpect(content().string(containsString("Skolstart v. 34")));
        page("cm1", "/cases/" + caseId).andExpect(content().string(containsString("Övergång registrerad")));
        form(
                        "gruppchef",
                        post("/cases/" + caseId + "/transitions")
                                .param("kind", "PLACEMENT")
                                .param("occursOn", LocalDate.now().toString())
                                .param("ownerOrganisation", "x"))
                .andExpect(status().isForbidden());
    }

    String origin(String caseId) {
        return jdbc.sql("select origin_concern_id::text from collab_case where id = ?::uuid")
                .param(caseId)
                .query(String.class)
                .single();
    }

    ResultActions page(String user, String path) throws Exception {
        return mvc.perform(get(path).session(sessions.of(user)));
    }

    ResultActions form(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(sessions.of(user)).with(csrf()));
    }
}
