package se.traden.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.traden.quality.QualityFixtures.TODAY;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.traden.support.IntegrationTest;

/**
 * The deviation pages in the browser: the register with its filters, raising a deviation (also from an
 * after action review), and the analysis, action, completion and follow-up forms, each with a Swedish
 * error summary.
 */
class DeviationPagesTest extends IntegrationTest {
    QualityFixtures q;

    @BeforeEach
    void fixtures() {
        q = new QualityFixtures(mvc, jdbc);
    }

    String idOfLatest(String whatHappened) {
        return jdbc.sql("select id::text from deviation where what_happened = ? order by raised_at desc limit 1")
                .param(whatHappened)
                .query(String.class)
                .single();
    }

    @Test
    void aCaseManagerRaisesADeviationAndTheFormSaysWhatIsMissingInSwedish() throws Exception {
        q.fx.page("cm1", get("/quality/deviations/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Anmäl en avvikelse")))
                .andExpect(content().string(containsString("value=\"TRANSITION\"")));
        q.fx.page("cm1", post("/quality/deviations").param("whatHappened", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"error-summary\"")))
                .andExpect(content().string(containsString("href=\"#raise-whatHappened\"")))
                .andExpect(content().string(containsString("href=\"#raise-affected\"")))
                .andExpect(content().string(containsString("Fältet måste fyllas i")));
        q.fx.page(
                        "cm1",
                        post("/quality/deviations")
                                .param("whatHappened", "Pojken 100101-1236 fick vänta")
                                .param("affected", "INTAKE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Texten innehåller något som ser ut som ett personnummer")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        String text = "Mottagningen fick inget besked om vem som tog över " + System.nanoTime();
        q.fx.page("cm1", post("/quality/deviations").param("whatHappened", text).param("affected", "INTAKE"))
                .andExpect(redirectedUrlPattern("/quality/deviations/*"));
        String id = idOfLatest(text);
        q.fx.page("cm1", get("/quality/deviations/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text)))
                .andExpect(content().string(containsString("Mottagande av oro")))
                .andExpect(content().string(containsString("Avvikelsen är inte analyserad ännu.")))
                .andExpect(content().string(not(containsString("Spara analysen"))));
        q.fx.page("cm1", get("/quality/deviations"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/quality/deviations/" + id)));
        q.fx.page("cm1", get("/quality/deviations").param("status", "FOLLOWED_UP"))
                .andExpect(content().string(not(containsString("/quality/deviations/" + id))));
        q.fx.page("cm1", get("/quality/deviations").param("year", String.valueOf(TODAY.getYear())))
                .andExpect(content().string(containsString("/quality/deviations/" + id)));
    }

    @Test
    void theGroupManagerAnalysesPlansAndFollowsUpOnTheDeviationsPage() throws Exception {
        String id = q.raised("cm1");
        String page = "/quality/deviations/" + id;
        q.fx.page("gruppchef", get(page))
                .andExpect(content().string(containsString("Spara analysen")))
                .andExpect(content().string(not(containsString("Lägg till åtgärden"))));
        q.fx.page("gruppchef", post(page + "/analysis").param("version", "0").param("causes", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#analysis-causes\"")));
        q.fx.page("gruppchef", post(page + "/analysis").param("version", "0").param("causes", "Ingen bevakning"))
                .andExpect(redirectedUrl(page));
        q.fx.page("gruppchef", get(page))
                .andExpect(content().string(containsString("Analysen är sparad.")))
                .andExpect(content().string(containsString("Ingen bevakning")))
                .andExpect(content().string(containsString("Cem Demir (Case manager)")));
        q.fx.page(
                        "gruppchef",
                        post(page + "/actions")
                                .param("version", "1")
                                .param("what", "Bevaka fristen")
                                .param("dueOn", TODAY.minusDays(2).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#action-ownerId\"")))
                .andExpect(content().string(containsString("Datumet får inte ha passerat")));
        q.fx.page(
                        "gruppchef",
                        post(page + "/actions")
                                .param("version", "1")
                                .param("what", "Bevaka fristen")
                                .param("ownerId", q.fx.staffId("cm1").toString())
                                .param("dueOn", TODAY.plusDays(7).toString()))
                .andExpect(redirectedUrl(page));
        String action = jdbc.sql("select id::text from deviation_action where deviation_id = ?::uuid")
                .param(id)
                .query(String.class)
                .single();
        q.fx.page("gruppchef", get(page))
                .andExpect(content().string(containsString("Bevaka fristen")))
                .andExpect(content().string(containsString("Avvikelsen följs upp när alla åtgärder är klara.")));

        String completion = page + "/actions/" + action + "/completion";
        q.fx.page("cm2", get(completion)).andExpect(status().isForbidden());
        q.fx.page("cm1", get(completion))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Markera åtgärden som klar")));
        q.fx.page("cm1", post(completion).param("version", "2").param("note", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#completion-note\"")));
        q.fx.page("cm1", post(completion).param("version", "2").param("note", "Fristen ligger i listan"))
                .andExpect(redirectedUrl(page));
        q.fx.page("cm1", get(completion))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Åtgärden är redan markerad som klar")));

        q.fx.page("gruppchef", post(page + "/follow-up").param("version", "3").param("text", "Fungerar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#follow-up-effective\"")));
        q.fx.page(
                        "gruppchef",
                        post(page + "/follow-up")
                                .param("version", "3")
                                .param("effective", "true")
                                .param("text", "Inga missade frister på två månader"))
                .andExpect(redirectedUrl(page));
        q.fx.page("gruppchef", get(page))
                .andExpect(content().string(containsString("Uppföljd och avslutad")))
                .andExpect(content().string(containsString("Åtgärderna fick avsedd effekt")))
                .andExpect(content().string(containsString("Åtgärd klar")));
        q.fx.page("gruppchef", post(page + "/analysis").param("version", "2").param("causes", "x"))
                .andExpect(status().isConflict());
    }

    @Test
    void aReviewOffersToRaiseADeviationWhichThenPointsBackToIt() throws Exception {
        String[] c = q.closedCaseWithReview(registeredChild());
        q.fx.page("cm1", get("/cases/" + c[0] + "/review"))
                .andExpect(content().string(containsString("/quality/deviations/new?review=" + c[1])));
        q.fx.page("cm1", get("/quality/deviations/new").param("review", c[1]))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Avvikelsen anmäls från efterhandsreflektionen " + TODAY)))
                .andExpect(content().string(containsString("name=\"review\" value=\"" + c[1] + "\"")));
        q.fx.page("cm2", get("/quality/deviations/new").param("review", c[1])).andExpect(status().isForbidden());
        String text = "Skolans signaler om frånvaro nådde inte individkoordinatorn " + System.nanoTime();
        q.fx.page(
                        "cm1",
                        post("/quality/deviations")
                                .param("review", c[1])
                                .param("whatHappened", text)
                                .param("affected", "INFORMATION_SHARING"))
                .andExpect(redirectedUrlPattern("/quality/deviations/*"));
        String id = idOfLatest(text);
        q.fx.page("ic", get("/quality/deviations/" + id))
                .andExpect(content().string(containsString("href=\"/cases/" + c[0] + "/review\"")));
        q.fx.page("cm2", get("/quality/deviations/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/cases/" + c[0]))))
                .andExpect(content()
                        .string(containsString("En efterhandsreflektion i ett ärende du inte har tillgång till")));
    }

    @Test
    void theUnitsStartPagesLinkTheRegisterAndOthersAreRefused() throws Exception {
        q.fx.page("gruppchef", get("/start/group-manager"))
                .andExpect(content().string(containsString("href=\"/quality/deviations\"")))
                .andExpect(content().string(containsString("href=\"/quality/risks\"")));
        q.fx.page("ic", get("/start/individual-coordinator"))
                .andExpect(content().string(containsString("href=\"/quality/deviations\"")));
        q.fx.page("cm1", get("/start/case-manager"))
                .andExpect(content().string(containsString("href=\"/quality/deviations\"")));
        long denied = accessLogCount("username = 'styrgrupp' and outcome = 'DENIED'");
        q.fx.page("styrgrupp", get("/quality/deviations")).andExpect(status().isForbidden());
        q.fx.page("styrgrupp", get("/quality/deviations/new")).andExpect(status().isForbidden());
        q.fx.page("skola", get("/quality/deviations")).andExpect(status().isForbidden());
        q.fx.page("handlaggare", get("/quality/deviations")).andExpect(status().isForbidden());
        assertThat(accessLogCount("username = 'styrgrupp' and outcome = 'DENIED'"))
                .isEqualTo(denied + 2);
        String id = q.raised("cm1");
        q.fx.page("aby-ic", get("/quality/deviations/" + id)).andExpect(status().isNotFound());
        q.fx.page("ic", get("/quality/deviations/" + id + "?lang=en"))
                .andExpect(content().string(containsString("Save the analysis")));
        q.fx.page("ic", get("/quality/deviations?lang=sv")).andExpect(status().isOk());
    }
}
