package se.traden.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.traden.support.CaseFixtures;
import se.traden.support.CollaborationFixtures;
import se.traden.support.IntegrationTest;

/** The case page tells at a glance where each part of the case stands and what date comes next. */
class CaseGlanceTest extends IntegrationTest {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    CaseFixtures cases;
    CollaborationFixtures fx;

    @BeforeEach
    void fixtures() {
        cases = new CaseFixtures(mvc, jdbc);
        fx = new CollaborationFixtures(mvc, jdbc);
    }

    @Test
    void aNewCaseShowsItsOpenRiskSignal() throws Exception {
        String caseId = cases.anActivatedCase("cm1", registeredChild());
        // Nobody else in the collaboration group and no investigation: the case manager is alone.
        fx.page("cm1", get("/cases/" + caseId))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Risksignaler")))
                .andExpect(content().string(containsString("Case managern är enda insatsen")));
    }

    @Test
    void consentPlanContactsAndCheckInsShowOnThePageAndInTheApi() throws Exception {
        UUID child = registeredChild();
        UUID mother = cases.aGuardianOf(child, "Anna");
        String caseId = cases.anActivatedCase("cm1", child);
        LocalDate today = LocalDate.now(STOCKHOLM);
        LocalDate followUp = today.plusDays(5);

        fx.page("cm1", get("/cases/" + caseId))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Läget just nu")))
                .andExpect(content().string(containsString("Arbetssätt: Intern samordning.")))
                .andExpect(content().string(containsString("Ingen plan är upprättad ännu.")))
                .andExpect(content().string(containsString("Inga kontakter är registrerade ännu.")));

        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/consents", """
                        {"givers": ["%s", "%s"], "categories": ["SCHOOL"],
                         "recipients": [{"organisation": "Sjöskolan", "kind": "SCHOOL"}],
                         "purpose": "Samordna stödet i skolan", "givenOn": "%s", "method": "WRITTEN"}""".formatted(child, mother, today))
                .andExpect(status().isCreated());
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/plan/revisions", """
                        {"basedOn": 0, "summary": "Planen gjord", "reason": "Första mötet",
                         "goals": [{"lifeArea": "SCHOOL_OR_OCCUPATION", "aim": "Gå till skolan varje dag",
                                    "actions": [{"what": "Sällskap till bussen", "who": "Mamma", "byWhen": "%s"}],
                                    "followUps": ["%s"]}],
                         "childView": "Jag vill klara nian.", "guardianViews": [], "difficultiesPlan": null}""".formatted(followUp, followUp))
                .andExpect(status().isCreated());
        OffsetDateTime now = OffsetDateTime.now(STOCKHOLM).withNano(0);
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/contacts", """
                        {"occurredAt": "%s", "kind": "HOME_VISIT", "withWhom": ["CHILD"], "note": "Hembesök"}""".formatted(now.minusSeconds(1)))
                .andExpect(status().isCreated());
        fx.postJson("ic", "/api/v1/cases/" + caseId + "/check-ins", """
                        {"heldOn": "%s", "riskAndNeeds": "Frånvaron minskar", "workloadManageable": true}""".formatted(today))
                .andExpect(status().isCreated());

        long logged = accessLogCount("record_id = ?", caseId);
        fx.page("cm1", get("/cases/" + caseId))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Arbetssätt: Samtycke.")))
                .andExpect(content().string(containsString("Sjöskolan: omfattas av samtycke.")))
                .andExpect(content().string(containsString("Gällande version: 1")))
                .andExpect(content().string(containsString("1 mål, varav 0 utvärderade")))
                .andExpect(content().string(containsString("Nästa uppföljning av ett mål: " + followUp)))
                .andExpect(content().string(containsString(today + ": Hembesök")))
                .andExpect(content().string(containsString("Senaste avstämning: " + today)))
                .andExpect(content().string(containsString("Nästa avstämning senast")))
                .andExpect(content().string(containsString("Uppföljning av planens mål – " + followUp)))
                .andExpect(content().string(containsString("href=\"/cases/" + caseId + "/check-ins\"")));
        // The glances read inside the case page's own access: the page read is logged once, not once per part.
        assertThat(accessLogCount("record_id = ?", caseId)).isEqualTo(logged + 1);

        fx.api("cm1", get("/api/v1/cases/" + caseId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.glances[*].sectionPath").value(hasItem("consents")))
                .andExpect(jsonPath("$.glances[*].sectionPath").value(hasItem("plan")))
                .andExpect(jsonPath("$.glances[*].sectionPath").value(hasItem("contacts")))
                .andExpect(jsonPath("$.glances[*].sectionPath").value(hasItem("check-ins")))
                .andExpect(jsonPath("$.glances[?(@.sectionPath == 'plan')].nextDate")
                        .value(hasItem(followUp.toString())))
                .andExpect(jsonPath("$.nextStep.on").value(followUp.toString()))
                .andExpect(jsonPath("$.nextStep.stepKey").value("plan.glance.next.follow-up"))
                .andExpect(jsonPath("$.nextStep.sectionPath").value("plan"));
    }
}
