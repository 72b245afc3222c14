package se.traden.quality;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.traden.support.CollaborationFixtures;

/**
 * Deviations as the unit makes them over the API: raised by a case manager, analysed by the group manager,
 * given actions with owners; and a closed case with an after action review to raise one from.
 */
final class QualityFixtures {
    static final String BASE = "/api/v1/quality/deviations";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    final CollaborationFixtures fx;
    private final JdbcClient jdbc;

    QualityFixtures(MockMvc mvc, JdbcClient jdbc) {
        this.fx = new CollaborationFixtures(mvc, jdbc);
        this.jdbc = jdbc;
    }

    ResultActions post(String user, String path, String json) throws Exception {
        return fx.postJson(user, path, json);
    }

    /** A deviation raised by the user about a slipped deadline; returns its id. */
    String raised(String user) throws Exception {
        return CollaborationFixtures.read(post(user, BASE, """
                                {"whatHappened": "Återkopplingen till skolan kom efter tre veckor",
                                 "affected": "DEADLINE"}""").andExpect(status().isCreated()), "$.id");
    }

    /** A deviation raised by a case manager and analysed by the group manager (version 1). */
    String analysed() throws Exception {
        String id = raised("cm1");
        post("gruppchef", BASE + "/" + id + "/analysis", """
                        {"version": 0, "causes": "Fristen bevakades inte i någon lista"}""").andExpect(status().isOk());
        return id;
    }

    /** An analysed deviation with one action owned by cm1 (version 2); returns {deviation, action}. */
    String[] withActionOfCm1() throws Exception {
        String id = analysed();
        String action = CollaborationFixtures.read(
                post("gruppchef", BASE + "/" + id + "/actions", """
                                {"version": 1, "what": "Lägg fristen i tidsfristlistan", "ownerId": "%s",
                                 "dueOn": "%s"}""".formatted(fx.staffId("cm1"), TODAY.plusWeeks(2)))
                        .andExpect(status().isOk()),
                "$.actions[0].id");
        return new String[] {id, action};
    }

    /** A deviation whose only action is done, ready to be followed up (version 3). */
    String readyForFollowUp() throws Exception {
        String[] d = withActionOfCm1();
        post("cm1", BASE + "/" + d[0] + "/actions/" + d[1] + "/completion", """
                        {"version": 2, "note": "Fristen syns nu i listan"}""").andExpect(status().isOk());
        return d[0];
    }

    /** A case of cm1, closed, with an after action review held by cm1; returns {case, review}. */
    String[] closedCaseWithReview(UUID child) throws Exception {
        String caseId = fx.anActivatedCase(child, "cm1");
        jdbc.sql("update collab_case set status = 'CLOSED', closed_at = now() where id = ?::uuid")
                .param(caseId)
                .update();
        String review = CollaborationFixtures.read(
                post("cm1", "/api/v1/cases/" + caseId + "/reviews", """
                                {"heldOn": "%s", "whatWorked": "Täta kontakter", "doAgain": "Tidig samverkan",
                                 "avoid": "Långa väntetider", "missedSignals": "Återkopplingen dröjde"}""".formatted(TODAY))
                        .andExpect(status().isCreated()),
                "$.id");
        return new String[] {caseId, review};
    }
}
