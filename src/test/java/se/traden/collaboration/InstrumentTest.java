package se.traden.collaboration;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.traden.support.CollaborationFixtures;
import se.traden.support.IntegrationTest;

/**
 * An instrument use is saved only with who chose it, why, how it was read and what complemented it; a
 * later measurement on the same instrument makes a before/after pair; nothing is computed from a result.
 */
class InstrumentTest extends IntegrationTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    CollaborationFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new CollaborationFixtures(mvc, jdbc);
    }

    @Test
    void aUseNeedsItsReasonsAndAPairNeedsAResultFirst() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        String base = "/api/v1/cases/" + caseId + "/instruments";
        fx.postJson("cm1", base, """
                        {"instrument": "SDQ", "usedOn": "%s", "result": "Totalpoäng 22"}""".formatted(TODAY))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[*].field").value(hasItems("chosenBy", "why", "reading", "complementedBy")));
        fx.postJson("cm1", base, """
                        {"instrument": "OTHER", "usedOn": "%s", "chosenBy": "Cem Demir, case manager",
                         "why": "Kartlägga", "reading": "Som en av flera källor", "complementedBy": "Samtal"}""".formatted(TODAY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("instrument.other-name-required"));
        String use = CollaborationFixtures.read(
                fx.postJson("cm1", base, """
                                {"instrument": "SDQ", "usedOn": "%s", "chosenBy": "Cem Demir, case manager",
                                 "why": "Föräldrarna beskriver oro för humöret",
                                 "reading": "Förhöjt, läst tillsammans med föräldrarna",
                                 "complementedBy": "Samtal med mentor och skolsköterska",
                                 "result": "Totalpoäng 22"}""".formatted(TODAY.minusDays(30)))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.result").value("Totalpoäng 22")),
                "$.id");
        String noResult = CollaborationFixtures.read(
                fx.postJson("cm1", base, """
                                {"instrument": "BBIC", "usedOn": "%s", "chosenBy": "Utredningen",
                                 "why": "Ingår i utredningen", "reading": "Behov inom skola",
                                 "complementedBy": "Case managerns iakttagelser"}""".formatted(TODAY)).andExpect(status().isCreated()), "$.id");
        fx.postJson("cm1", base + "/" + noResult + "/after-measurement", """
                        {"version": 0, "afterOn": "%s", "afterResult": "x", "afterReading": "y"}""".formatted(TODAY))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:instrument.no-before-result"));
        fx.postJson("cm1", base + "/" + use + "/after-measurement", """
                        {"version": 0, "afterOn": "%s", "afterResult": "Totalpoäng 15", "afterReading": "Lägre"}""".formatted(TODAY.minusDays(31)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("instrument.after-not-after-before"));
        fx.postJson("cm1", base + "/" + use + "/after-measurement", """
                        {"version": 0, "afterOn": "%s", "afterResult": "Totalpoäng 15",
                         "afterReading": "Lägre; familjen beskriver lugnare kvällar"}""".formatted(TODAY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("Totalpoäng 22"))
                .andExpect(jsonPath("$.afterResult").value("Totalpoäng 15"))
                .andExpect(jsonPath("$.version").value(1));
        fx.api("ic", get(base)).andExpect(jsonPath("$.length()").value(2));
        fx.postJson("cm2", base, "{}").andExpect(status().isForbidden());
    }

    @Test
    void theInstrumentsPageTakesAUseAndItsLaterMeasurement() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        fx.page("cm1", get("/cases/" + caseId + "/instruments"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check:IRK")));
        fx.page("cm1", post("/cases/" + caseId + "/instruments").param("instrument", "ESTER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#instrument-why\"")));
        fx.page(
                        "cm1",
                        post("/cases/" + caseId + "/instruments")
                                .param("instrument", "ESTER")
                                .param("usedOn", TODAY.minusDays(60).toString())
                                .param("chosenBy", "Ida Karlsson, individkoordinator")
                                .param("why", "Återkommande konflikter")
                                .param("reading", "Risk inom fritid och kamrater")
                                .param("complementedBy", "Polisens uppgifter, samtal med barnet")
                                .param("result", "Hög risk inom två områden"))
                .andExpect(redirectedUrl("/cases/" + caseId + "/instruments"));
        String use = jdbc.sql("select id::text from instrument_use where case_id = ?::uuid")
                .param(caseId)
                .query(String.class)
                .single();
        fx.page("cm1", get("/cases/" + caseId + "/instruments/" + use + "/after"))
                .andExpect(status().isOk());
        fx.page(
                        "cm1",
                        post("/cases/" + caseId + "/instruments/" + use + "/after")
                                .param("version", "0")
                                .param("afterOn", TODAY.toString())
                                .param("afterResult", "Förhöjd risk inom ett område")
                                .param("afterReading", "Fritiden har stabiliserats"))
                .andExpect(redirectedUrl("/cases/" + caseId + "/instruments"));
        fx.page("cm1", get("/cases/" + caseId + "/instruments"))
                .andExpect(content().string(containsString("Förhöjd risk inom ett område")));
    }
}
