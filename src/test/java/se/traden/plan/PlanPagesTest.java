package se.traden.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import se.traden.support.CaseFixtures;
import se.traden.support.IntegrationTest;
import se.traden.support.UiLogin;

/** The plan in the browser: the page, the revise form, the comparison, and the family's PDF. */
class PlanPagesTest extends IntegrationTest {
    CaseFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CaseFixtures(mvc, jdbc);
    }

    @Test
    void aCaseManagerMakesThePlanInTheFormAndRevisesIt() throws Exception {
        UUID child = registeredChild();
        UUID guardian = fixtures.aGuardianOf(child, "Åsa");
        String caseId = fixtures.anActivatedCase("cm1", child);

        mvc.perform(get("/cases/" + caseId + "/plan").with(UiLogin.as(mvc, "cm1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gör planen")));
        mvc.perform(get("/cases/" + caseId + "/plan/revise").with(UiLogin.as(mvc, "cm1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"goals-0-aim\"")))
                .andExpect(content().string(containsString("Fixtur tycker")));

        // Another row, with what was typed kept.
        mvc.perform(post("/cases/" + caseId + "/plan/revise/rows")
                        .with(UiLogin.as(mvc, "cm1"))
                        .with(csrf())
                        .param("basedOn", "0")
                        .param("goals[0].aim", "Skolan")
                        .param("add", "goal"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Skolan</textarea>")))
                .andExpect(content().string(containsString("id=\"goals-1-aim\"")));

        // Refused with the errors next to their fields, nothing stored.
        mvc.perform(post("/cases/" + caseId + "/plan/revisions")
                        .with(UiLogin.as(mvc, "cm1"))
                        .with(csrf())
                        .param("basedOn", "0")
                        .param("goals[0].aim", "Gå till skolan")
                        .param("goals[0].actions[0].what", "Ringa mentorn")
                        .param("goals[0].actions[0].byWhen", "imorgon"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#goals-0-actions-0-byWhen\"")));

        mvc.perform(post("/cases/" + caseId + "/plan/revisions")
                        .with(UiLogin.as(mvc, "cm1"))
                        .with(csrf())
                        .param("basedOn", "0")
                        .param("summary", "Planen gjord")
                        .param("reason", "Första mötet")
                        .param("goals[0].lifeArea", "SCHOOL_OR_OCCUPATION")
                        .param("goals[0].aim", "Gå till skolan varje dag")
                        .param("goals[0].actions[0].what", "Möte med mentorn")
                        .param(
                                "goals[0].actions[0].whoStaffId",
                                fixtures.staffId("cm1").toString())
                        .param(
                                "goals[0].actions[0].byWhen",
                                LocalDate.now().plusDays(7).toString())
                        .param(
                                "goals[0].followUps[0]",
                                LocalDate.now().plusDays(30).toString())
                        .param("childView", "Jag vill må bättre i skolan.")
                        .param("guardianViews[0].personId", guardian.toString())
                        .param("guardianViews[0].view", "Vi ställer upp.")
                        .param("difficultiesPlan", "Ring kontaktpersonen när det börjar gå snett."))
                .andExpect(redirectedUrl("/cases/" + caseId + "/plan"));

        mvc.perform(get("/cases/" + caseId + "/plan").with(UiLogin.as(mvc, "cm1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gå till skolan varje dag")))
                .andExpect(content().string(containsString("Cem Demir")));

        // Someone else saved version 1 first: the form from version 0 is refused and nothing overwritten.
        mvc.perform(post("/cases/" + caseId + "/plan/revisions")
                        .with(UiLogin.as(mvc, "ic"))
                        .with(csrf())
                        .param("basedOn", "0")
                        .param("summary", "x")
                        .param("reason", "y")
                        .param("goals[0].lifeArea", "HEALTH")
                        .param("goals[0].aim", "Något annat"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Ingenting har skrivits över")));
    }

    @Test
    void theComparisonAndTheFamilysCopyReadAsTheyShould() throws Exception {
        UUID child = registeredChild();
        String caseId = fixtures.anActivatedCase("cm1", child);
        String soon = LocalDate.now().plusDays(14).toString();
        String first = mvc.perform(post("/api/v1/cases/" + caseId + "/plan/revisions")
                        .with(httpBasic("cm1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"basedOn": 0, "summary": "Planen gjord", "reason": "Första mötet",
                                 "goals": [{"lifeArea": "SCHOOL_OR_OCCUPATION", "aim": "Gå till skolan och äta lunch där",
                                            "actions": [{"what": "Följa med till bussen", "who": "Mormor Öberg", "byWhen": "%s"}],
                                            "followUps": ["%s"]},
                                           {"lifeArea": "LEISURE", "aim": "Börja spela fotboll"}],
                                 "childView": "Jag tycker att det här är bra.",
                                 "difficultiesPlan": "Om det blir svårt ringer mamma Cem samma dag."}""".formatted(soon, soon)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String goal = com.jayway.jsonpath.JsonPath.read(first, "$.content.goals[0].id");
        mvc.perform(post("/api/v1/cases/" + caseId + "/plan/revisions")
                        .with(httpBasic("cm1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"basedOn": 1, "summary": "Skolmålet utvärderat", "reason": "Uppföljning",
                                 "goals": [{"id": "%s", "lifeArea": "SCHOOL_OR_OCCUPATION",
                                            "aim": "Gå till skolan och äta lunch där", "evaluated": true,
                                            "outcome": "Äter lunch i skolan fyra dagar av fem"}],
                                 "childView": "Jag tycker att det här är bra.",
                                 "difficultiesPlan": "Om det blir svårt ringer mamma Cem samma dag."}""".formatted(goal)))
                .andExpect(status().isCreated());

        mvc.perform(get("/cases/" + caseId + "/plan/compare?from=1&to=2").with(UiLogin.as(mvc, "cm1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skillnader mellan version 1 och 2")))
                .andExpect(content().string(containsString("Borttaget")))
                .andExpect(content().string(containsString("Äter lunch i skolan fyra dagar av fem")));
        mvc.perform(get("/cases/" + caseId + "/plan/revisions/1").with(UiLogin.as(mvc, "cm1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Börja spela fotboll")));

        byte[] pdf = mvc.perform(get("/cases/" + caseId + "/plan.pdf").with(UiLogin.as(mvc, "cm1")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Planen för Testbarn Fixtur")
                    .contains("Version 2")
                    .contains("Skola eller sysselsättning")
                    .contains("Gå till skolan och äta lunch där")
                    .contains("Så här gick det: Äter lunch i skolan fyra dagar av fem")
                    .contains("Om det blir svårt")
                    .contains("Din kontaktperson är Cem Demir.")
                    .doesNotContain("Börja spela fotboll");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Planen för Testbarn Fixtur");
            var resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.getName()).contains("Liberation");
                assertThat(font.isEmbedded()).isTrue();
            }
        }
    }
}
