package se.traden.casework;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import se.traden.support.CaseFixtures;
import se.traden.support.IntegrationTest;

/**
 * Transitions recorded on a case with a date and an owner; a home-coming only with its plan; the 18th
 * birthday flagged ahead of time from the date of birth.
 */
class TransitionApiTest extends IntegrationTest {
    CaseFixtures cases;

    @BeforeEach
    void fixtures() {
        cases = new CaseFixtures(mvc, jdbc);
    }

    @Test
    void aTransitionIsRecordedWithItsDateAndOwnerAndLandsInTheHistory() throws Exception {
        String caseId = cases.anActivatedCase(registeredChild(), "cm1");
        String day = LocalDate.now().plusMonths(3).toString();
        record("cm1", caseId, """
                        {"kind": "SCHOOL_STAGE", "occursOn": "%s", "ownerStaffId": "%s",
                         "note": "Börjar på gymnasiet, överlämning till mentor"}""".formatted(day, cases.staffId("cm1")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("SCHOOL_STAGE"))
                .andExpect(jsonPath("$.recordedAs").value("CASE_MANAGER"));
        record("ic", caseId, """
                        {"kind": "MOVING_MUNICIPALITY", "occursOn": "%s", "ownerOrganisation": "Åby kommun, socialtjänsten"}""".formatted(day)).andExpect(status().isCreated());
        cases.api("cm1", get("/api/v1/cases/" + caseId + "/transitions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.transitions.length()").value(2))
                .andExpect(jsonPath("$.transitions[*].ownerStaffName").value(hasItem("Cem Demir")))
                .andExpect(jsonPath("$.transitions[*].ownerOrganisation").value(hasItem("Åby kommun, socialtjänsten")));
        cases.api("cm1", get("/api/v1/cases/" + caseId))
                .andExpect(jsonPath("$.history[*].type").value(hasItem("TRANSITION_RECORDED")))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void aHomeComingIsRecordedOnlyWithItsPlanAndEveryTransitionWithOneOwner() throws Exception {
        String caseId = cases.anActivatedCase(registeredChild(), "cm1");
        String day = LocalDate.now().plusDays(10).toString();
        record(
                        "cm1",
                        caseId,
                        "{\"kind\": \"HOME_COMING\", \"occursOn\": \"" + day + "\", \"ownerOrganisation\": \"HVB\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("homeComingPlan"));
        record("cm1", caseId, "{\"kind\": \"PLACEMENT\", \"occursOn\": \"" + day + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerStaffId"));
        record("cm1", caseId, """
                        {"kind": "PLACEMENT", "occursOn": "%s", "ownerStaffId": "%s", "ownerOrganisation": "HVB"}""".formatted(day, cases.staffId("cm1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerOrganisation"));
        record("cm1", caseId, "{\"ownerOrganisation\": \"HVB\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("occursOn")));
        record("cm1", caseId, """
                        {"kind": "HOME_COMING", "occursOn": "%s", "ownerOrganisation": "HVB Björkgården",
                         "homeComingPlan": "Skolstart, veckovisa samtal, fritidsaktivitet"}""".formatted(day))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.homeComingPlan").value("Skolstart, veckovisa samtal, fritidsaktivitet"));
        cases.api("cm1", get("/api/v1/cases/" + caseId + "/transitions"))
                .andExpect(jsonPath("$.transitions.length()").value(1));
    }

    @Test
    void theEighteenthBirthdayIsFlaggedSixMonthsAhead() throws Exception {
        LocalDate today = LocalDate.now();
        LocalDate birth = today.minusYears(18).plusMonths(2);
        String soon = cases.anActivatedCase(registeredChildBornOn(birth), "cm1");
        String notYet = cases.anActivatedCase(registeredChildBornOn(today.minusYears(17)), "cm1");
        cases.api("cm1", get("/api/v1/cases/" + soon + "/transitions"))
                .andExpect(jsonPath("$.turns18On").value(birth.plusYears(18).toString()));
        cases.api("cm1", get("/api/v1/cases/" + notYet + "/transitions"))
                .andExpect(jsonPath("$.turns18On").doesNotExist());
        cases.api("ic", get("/api/v1/cases/" + soon))
                .andExpect(jsonPath("$.turns18On").value(birth.plusYears(18).toString()));
    }

    @ParameterizedTest(name = "{0}: read {1}, record {2}")
    @CsvSource({
        "cm1,          200, 201",
        "ic,           200, 201",
        "cm2,          403, 403",
        "gruppchef,    403, 403",
        "handlaggare,  403, 403",
        "mottagning,   403, 403",
        "socialjour,   403, 403",
        "skola,        403, 403",
        "polis,        403, 403",
        "styrgrupp,    403, 403",
        "loggranskare, 403, 403",
        "admin,        403, 403",
        "aby-ic,       404, 404"
    })
    void onlyThoseWorkingTheCaseReadAndRecordTransitions(String user, int read, int write) throws Exception {
        String caseId = cases.anActivatedCase(registeredChild(), "cm1");
        cases.api(user, get("/api/v1/cases/" + caseId + "/transitions")).andExpect(status().is(read));
        record(
                        user,
                        caseId,
                        "{\"kind\": \"PLACEMENT\", \"occursOn\": \"" + LocalDate.now()
                                + "\", \"ownerOrganisation\": \"HVB\"}")
                .andExpect(status().is(write));
    }

    ResultActions record(String user, String caseId, String body) throws Exception {
        return cases.api(
                user,
                post("/api/v1/cases/" + caseId + "/transitions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body));
    }
}
