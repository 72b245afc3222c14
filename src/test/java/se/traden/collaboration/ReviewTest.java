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

/** The after action review: held once the case has closed, by the coordinator and the case manager. */
class ReviewTest extends IntegrationTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    static final String REVIEW = """
            {"version": %d, "heldOn": "%s", "invitedActors": "Mentor på Sjöskolan",
             "whatWorked": "Täta kontakter i början", "doAgain": "Fritidsgården tidigt",
             "avoid": "Långa väntetider på BUP", "missedSignals": "Frånvaron på måndagar"%s}""";

    CollaborationFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new CollaborationFixtures(mvc, jdbc);
    }

    /**
     * The plan module decides when a case may close (goals evaluated, a plan for difficulties); it is not
     * part of this module, so the test closes the case the way that module's closure would leave it.
     */
    void closed(String caseId) {
        jdbc.sql("update collab_case set status = 'CLOSED', closed_at = now() where id = ?::uuid")
                .param(caseId)
                .update();
    }

    @Test
    void theReviewWaitsForClosureThenRecordsWhatWeLearnt() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        String base = "/api/v1/cases/" + caseId + "/reviews";
        fx.postJson("cm1", base, REVIEW.formatted(0, TODAY, ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:review.case-still-active"));
        closed(caseId);
        fx.postJson("cm1", base, "{\"heldOn\": \"%s\"}".formatted(TODAY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(hasItems("whatWorked", "doAgain", "avoid", "missedSignals")));
        fx.postJson("cm1", base, REVIEW.formatted(0, TODAY, ", \"childView\": \"Fotbollen hjälpte\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("review.views-need-agreement"));
        String review = CollaborationFixtures.read(
                fx.postJson("ic", base, REVIEW.formatted(0, TODAY, ""))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.recordedInFunction").value("INDIVIDUAL_COORDINATOR")),
                "$.id");
        fx.api(
                        "cm1",
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(base + "/" + review)
                                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                                .content(REVIEW.formatted(
                                        0,
                                        TODAY,
                                        ", \"childView\": \"Fotbollen hjälpte\", \"familyView\": \"Mötena var för"
                                                + " många\", \"viewsAgreed\": true")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.childView").value("Fotbollen hjälpte"))
                .andExpect(jsonPath("$.version").value(1));
        fx.api(
                        "cm1",
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(base + "/" + review)
                                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                                .content(REVIEW.formatted(0, TODAY, "")))
                .andExpect(status().isConflict());
        fx.postJson("cm2", base, REVIEW.formatted(0, TODAY, "")).andExpect(status().isForbidden());
        fx.api("cm1", get(base)).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void theReviewPageTakesTheReflection() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        fx.page("cm1", get("/cases/" + caseId + "/review"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reflektionen görs när ärendet har avslutats")));
        closed(caseId);
        fx.page(
                        "cm1",
                        post("/cases/" + caseId + "/review")
                                .param("heldOn", TODAY.toString())
                                .param("whatWorked", "Närvaron i vardagen")
                                .param("doAgain", "Följa med till träningen")
                                .param("avoid", "Att vänta på skolans svar")
                                .param("missedSignals", "Bytet av kompisgäng"))
                .andExpect(redirectedUrl("/cases/" + caseId + "/review"));
        fx.page("cm1", post("/cases/" + caseId + "/review").param("heldOn", TODAY.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#review-whatWorked\"")));
        fx.page("cm1", get("/cases/" + caseId + "/review"))
                .andExpect(content().string(containsString("Bytet av kompisgäng")));
    }
}
