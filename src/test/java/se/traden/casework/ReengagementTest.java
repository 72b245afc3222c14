package se.traden.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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

/**
 * A new worry about a child whose case is closed or maintained goes straight back to the case, without a
 * new intake: to the previous case manager, or to the coordinator's reassignment when that person has
 * left the function. The history stays one.
 */
class ReengagementTest extends ClosableCaseTest {

    @Test
    void aNewWorryReachesThePreviousCaseManagerOnTheSameCase() throws Exception {
        UUID child = registeredChild();
        String caseId = cases.anActivatedCase(child, "cm1");
        closeCompletely("cm1", caseId);
        String concern = cases.identifiedConcernAbout(child, "Har slutat komma till skolan igen");

        page("ic", "/concerns/" + concern)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Barnet har ett tidigare ärende")))
                .andExpect(content().string(containsString("/cases/" + caseId + "/reengagement?concern=" + concern)))
                .andExpect(content().string(containsString("Cem Demir")));

        reengage("ic", caseId, concern, 2, "Har slutat komma till skolan igen")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.intensive").value(true))
                .andExpect(jsonPath("$.caseManagerName").value("Cem Demir"))
                .andExpect(jsonPath("$.needsCaseManager").value(false))
                .andExpect(jsonPath("$.history[0].type").value("OPENED"))
                .andExpect(jsonPath("$.history[-1].type").value("REENGAGED"))
                .andExpect(jsonPath("$.history[-1].details.concernId").value(concern));
        List<String> mine = JsonPath.read(
                cases.api("cm1", get("/api/v1/cases")).andReturn().getResponse().getContentAsString(), "$[*].id");
        assertThat(mine).contains(caseId);
        cases.api("ic", get("/api/v1/concerns/" + concern))
                .andExpect(jsonPath("$.status").value("ACTIVATED"))
                .andExpect(
                        jsonPath("$.caseManagerId").value(cases.staffId("cm1").toString()));
        assertThat(jdbc.sql("select count(*) from collab_case where person_id = ?")
                        .param(child)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        page("ic", "/concerns/" + concern)
                .andExpect(content().string(not(containsString("Barnet har ett tidigare ärende"))))
                .andExpect(content().string(containsString("/cases/" + caseId)));
        reengage("ic", caseId, concern, 3, "Igen").andExpect(status().isUnprocessableContent());
    }

    @Test
    void theCoordinatorReengagesFromTheConcernPageThroughAConfirmationPage() throws Exception {
        UUID child = registeredChild();
        String caseId = cases.anActivatedCase(child, "cm2");
        closeWithMaintenance("cm2", caseId, today().plusMonths(3));
        cases.caseCommand(
                        "cm2",
                        caseId,
                        "follow-ups",
                        "{\"dueOn\": \"" + today().plusDays(20) + "\", \"what\": \"Samtal\"}")
                .andExpect(status().isCreated());
        String concern = cases.identifiedConcernAbout(child, "Bråk hemma igen");
        page("ic", "/cases/" + caseId + "/reengagement?concern=" + concern)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ärendet går tillbaka till Maria Lind")))
                .andExpect(content().string(containsString("id=\"reengage-worry\"")));
        form(
                        "ic",
                        post("/cases/" + caseId + "/reengagement")
                                .param("concernId", concern)
                                .param("concernVersion", "2")
                                .param("version", String.valueOf(cases.caseVersion("ic", caseId)))
                                .param("worry", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#reengage-worry\"")))
                .andExpect(content().string(containsString("Beskriv den nya oron")));
        form(
                        "ic",
                        post("/cases/" + caseId + "/reengagement")
                                .param("concernId", concern)
                                .param("concernVersion", "2")
                                .param("version", String.valueOf(cases.caseVersion("ic", caseId)))
                                .param("worry", "Bråk hemma igen, mamma hör av sig"))
                .andExpect(redirectedUrl("/cases/" + caseId));
        page("cm2", "/cases/" + caseId)
                .andExpect(content().string(containsString("Återaktiverat efter ny oro")))
                .andExpect(content().string(containsString("Bråk hemma igen, mamma hör av sig")))
                .andExpect(content().string(containsString("Byt fas")))
                .andExpect(content().string(containsString("Inte längre aktuell")));
        cases.api("cm2", get("/api/v1/cases/" + caseId + "/follow-ups"))
                .andExpect(jsonPath("$[0].state").value("LAPSED"));
    }

    @Test
    void whenThePreviousCaseManagerHasLeftTheCaseWaitsForTheCoordinator() throws Exception {
        UUID child = registeredChild();
        UUID leaver = aCaseManagerWhoWillLeave();
        String first = cases.identifiedConcernAbout(child, "Oro");
        String caseId = cases.activate(first, leaver);
        closeWithMaintenance("ic", caseId, today().plusMonths(2));
        endAssignmentsOf(leaver);

        String concern = cases.identifiedConcernAbout(child, "Ny oro från skolan");
        page("ic", "/concerns/" + concern)
                .andExpect(content().string(containsString("har inte längre någon funktion som case manager")));
        reengage("ic", caseId, concern, 2, "Ny oro från skolan")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.needsCaseManager").value(true))
                .andExpect(jsonPath("$.history[-1].details.caseManagerLeft").value(true));
        cases.api("ic", get("/api/v1/concerns/" + concern))
                .andExpect(jsonPath("$.status").value("ACTIVATED"))
                .andExpect(jsonPath("$.caseManagerId").doesNotExist());
        cases.api("ic", get("/api/v1/cases"))
                .andExpect(jsonPath("$[?(@.id == '" + caseId + "')].needsCaseManager")
                        .value(hasItem(true)));
        page("ic", "/cases").andExpect(content().string(containsString("Ny case manager behövs")));
        page("ic", "/cases/" + caseId)
                .andExpect(content().string(containsString("Ny case manager behövs")))
                .andExpect(content().string(containsString("Tillsätt en ny case manager nedan")));

        long v = cases.caseVersion("ic", caseId);
        cases.caseCommand(
                        "ic",
                        caseId,
                        "reassignment",
                        "{\"version\": " + v + ", \"caseManagerId\": \"" + cases.staffId("cm2")
                                + "\", \"reason\": \"Maria har erfarenhet av familjen\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.needsCaseManager").value(false))
                .andExpect(jsonPath("$.caseManagerName").value("Maria Lind"));
        cases.api("cm2", get("/api/v1/cases/" + caseId)).andExpect(status().isOk());
    }

    @Test
    void aConcernAboutAnotherChildDoesNotReopenTheCase() throws Exception {
        String caseId = cases.anActivatedCase(registeredChild(), "cm1");
        closeCompletely("cm1", caseId);
        String concern = cases.identifiedConcernAbout(registeredChild(), "Annat barn");
        reengage("ic", caseId, concern, 2, "Annat barn")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("concernId"));
        reengage("ic", caseId, concern, 1, "Annat barn").andExpect(status().isBadRequest());
        cases.api("ic", get("/api/v1/cases/" + caseId))
                .andExpect(jsonPath("$.status").value("CLOSED"));
        cases.api("ic", get("/api/v1/concerns/" + concern))
                .andExpect(jsonPath("$.status").value("TRIAGED"));
    }

    @Test
    void aStaleConcernVersionIsAConflictAndNothingChanges() throws Exception {
        UUID child = registeredChild();
        String caseId = cases.anActivatedCase(child, "cm1");
        closeCompletely("cm1", caseId);
        String concern = cases.identifiedConcernAbout(child, "Oro igen");
        reengage("ic", caseId, concern, 1, "Oro igen").andExpect(status().isConflict());
        cases.api("ic", get("/api/v1/cases/" + caseId))
                .andExpect(jsonPath("$.status").value("CLOSED"));
    }

    @ParameterizedTest(name = "{0} re-engaging → {1}")
    @CsvSource({
        "ic,           200",
        "cm1,          403",
        "cm2,          403",
        "gruppchef,    403",
        "handlaggare,  403",
        "mottagning,   403",
        "socialjour,   403",
        "skola,        403",
        "polis,        403",
        "styrgrupp,    403",
        "loggranskare, 403",
        "admin,        403",
        "aby-ic,       404"
    })
    void onlyTheCoordinatorReengagesACase(String user, int expected) throws Exception {
        UUID child = registeredChild();
        String caseId = cases.anActivatedCase(child, "cm1");
        closeCompletely("cm1", caseId);
        String concern = cases.identifiedConcernAbout(child, "Oro igen");
        reengage(user, caseId, concern, 2, "Oro igen").andExpect(status().is(expected));
        cases.api("ic", get("/api/v1/cases/" + caseId))
                .andExpect(jsonPath("$.status").value(expected == 200 ? "ACTIVE" : "CLOSED"));
    }

    /** A member of staff given a case manager function through the organisation API. */
    UUID aCaseManagerWhoWillLeave() throws Exception {
        String staff = JsonPath.read(
                cases.api(
                                "admin",
                                post("/api/v1/organisation/staff")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{\"name\": \"Lena Slutar " + UUID.randomUUID()
                                                + "\", \"email\": null, \"phone\": null, \"competenceTags\": []}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        List<String> functions = JsonPath.read(
                cases.api("admin", get("/api/v1/organisation/functions"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[?(@.type == 'CASE_MANAGER')].id");
        cases.api(
                        "admin",
                        post("/api/v1/organisation/staff/" + staff + "/assignments")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"functionId\": \"" + functions.get(0) + "\", \"validFrom\": \""
                                        + today().minusDays(30) + "\"}"))
                .andExpect(status().isCreated());
        return UUID.fromString(staff);
    }

    /** The administrator ends the person's assignments yesterday: they hold no function today. */
    void endAssignmentsOf(UUID staff) throws Exception {
        String detail = cases.api("admin", get("/api/v1/organisation/staff/" + staff))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> ids = JsonPath.read(detail, "$.assignments[*].id");
        List<Number> versions = JsonPath.read(detail, "$.assignments[*].version");
        for (int i = 0; i < ids.size(); i++) {
            cases.api(
                            "admin",
                            post("/api/v1/organisation/assignments/" + ids.get(i) + "/end")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"validTo\": \"" + today().minusDays(1) + "\", \"version\": "
                                            + versions.get(i) + "}"))
                    .andExpect(status().isNoContent());
        }
    }

    ResultActions reengage(String user, String caseId, String concern, long concernVersion, String worry)
            throws Exception {
        return cases.api(
                user,
                post("/api/v1/cases/" + caseId + "/reengagement")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"concernId\": \"" + concern + "\", \"concernVersion\": " + concernVersion
                                + ", \"worry\": \"" + worry + "\"}"));
    }

    ResultActions page(String user, String path) throws Exception {
        return mvc.perform(get(path).session(sessions.of(user)));
    }

    ResultActions form(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(sessions.of(user)).with(csrf()));
    }
}
