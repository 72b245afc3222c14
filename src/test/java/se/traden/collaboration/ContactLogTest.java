package se.traden.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.traden.support.CollaborationFixtures;
import se.traden.support.IntegrationTest;

/** The case manager logs contacts; the case shows how many per week, as a chart and as a table. */
class ContactLogTest extends IntegrationTest {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    CollaborationFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new CollaborationFixtures(mvc, jdbc);
    }

    @Test
    void aContactIsLoggedAndShownFirst() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        OffsetDateTime now = OffsetDateTime.now(STOCKHOLM).withNano(0);
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/contacts", """
                        {"occurredAt": "%s", "kind": "HOME_VISIT", "withWhom": ["CHILD", "GUARDIAN"],
                         "note": "Pratade om skolan"}""".formatted(now.minusSeconds(1)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("HOME_VISIT"))
                .andExpect(jsonPath("$.withWhom").value(hasItems("CHILD", "GUARDIAN")));
        fx.api("cm1", get("/api/v1/cases/" + caseId + "/contacts"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.latest.length()").value(1))
                .andExpect(jsonPath("$.latest[0].note").value("Pratade om skolan"))
                .andExpect(jsonPath("$.intensity.length()").value(26))
                .andExpect(jsonPath("$.intensity[25].contacts").value(1));
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/contacts", """
                        {"occurredAt": "%s", "kind": "PHONE", "withWhom": ["CHILD"], "note": "Före ärendet"}""".formatted(now.minusDays(2)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("contact.before-opening"));
    }

    @Test
    void aContactWithoutItsFactsIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/contacts", "{\"withWhom\": [\"NETWORK\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[*].field").value(hasItems("occurredAt", "kind", "withWhomDetail", "note")))
                .andExpect(jsonPath("$.errors[?(@.field == 'note')].message").value(hasItems("Fältet måste fyllas i")));
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/contacts", """
                        {"occurredAt": "%s", "kind": "PHONE", "withWhom": [], "note": "x"}""".formatted(
                                OffsetDateTime.now(STOCKHOLM).plusDays(2)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code")
                        .value(hasItems("contact.in-future", "contact.with-whom-required")));
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/contacts", """
                        {"occurredAt": "%s", "kind": "PHONE", "withWhom": ["CHILD"], "note": "x",
                         "personId": "%s"}""".formatted(
                                OffsetDateTime.now(STOCKHOLM).minusSeconds(1), UUID.randomUUID()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personId"));
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/contacts", "{\"kind\": \"CARRIER_PIGEON\"}")
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from case_contact where case_id = ?::uuid")
                        .param(caseId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anotherCaseManagerCannotLogAContact() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        fx.postJson("cm2", "/api/v1/cases/" + caseId + "/contacts", """
                        {"occurredAt": "2020-01-01T10:00:00+01:00", "kind": "PHONE", "withWhom": ["CHILD"], "note": "x"}""").andExpect(status().isForbidden());
        fx.postJson("gruppchef", "/api/v1/cases/" + caseId + "/contacts", "{}").andExpect(status().isForbidden());
    }

    @Test
    void theContactsPageShowsTheChartWithItsTableAndTakesANewContact() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        fx.page("cm1", get("/cases/" + caseId + "/contacts"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content()
                        .string(containsString("aria-labelledby=\"intensity-chart-title intensity-chart-desc\"")))
                .andExpect(content().string(containsString("id=\"intensity-table\"")))
                .andExpect(content().string(containsString("Anteckna en kontakt")))
                // Each field is rendered once: no stray inputs from a fragment name that matches an element.
                .andExpect(content().string(not(containsString("id=\"null-"))))
                .andExpect(content().string(containsString("id=\"contact-note\"")));
        String when = OffsetDateTime.now(STOCKHOLM)
                .toLocalDateTime()
                .withSecond(0)
                .withNano(0)
                .toString();
        fx.page(
                        "cm1",
                        post("/cases/" + caseId + "/contacts")
                                .param("occurredAt", when)
                                .param("kind", "SPONTANEOUS_MEETING")
                                .param("withWhom", "CHILD")
                                .param("note", "Sågs vid fritidsgården"))
                .andExpect(redirectedUrl("/cases/" + caseId + "/contacts"));
        fx.page("cm1", post("/cases/" + caseId + "/contacts").param("kind", "PHONE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("Kort anteckning: Fältet måste fyllas i")))
                .andExpect(content().string(containsString("href=\"#contact-note\"")));
        fx.page("cm1", get("/cases/" + caseId + "/contacts"))
                .andExpect(content().string(containsString("Sågs vid fritidsgården")));
    }
}
