package se.traden.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.traden.support.ConcernFixtures;
import se.traden.support.IntegrationTest;

/**
 * Acute is the same flow with immediate priority: out of office hours the out-of-hours service sees
 * urgent concerns, takes the first steps and hands over to the coordinator, who alone decides. The
 * coordinator's deadline list shows what was handed over.
 */
class OutOfHoursApiTest extends IntegrationTest {
    ConcernFixtures concerns;

    @BeforeEach
    void fixtures() {
        concerns = new ConcernFixtures(mvc);
    }

    @Test
    void theOutOfHoursServiceSeesUrgentConcernsOnly() throws Exception {
        String urgent = concerns.raise("polis", "Akut Elev", true);
        String ordinary = concerns.raise("skola", "Vanlig Elev", false);

        concerns.api("socialjour", get("/api/v1/concerns/inbox"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(urgent)))
                .andExpect(jsonPath("$[*].id", not(hasItem(ordinary))));
        concerns.api("socialjour", get("/api/v1/concerns/" + urgent)).andExpect(status().isOk());
        concerns.api("socialjour", get("/api/v1/concerns/" + ordinary)).andExpect(status().isForbidden());

        // Closed again, so that no open urgent concern of this test tops another test's inbox.
        long version = concerns.version("ic", urgent);
        version = ConcernFixtures.version(
                concerns.command("ic", urgent, "triage", version, "\"complexity\": \"LOW\", \"valuation\": \"Löst\""));
        concerns.command("ic", urgent, "simple-closure", version, "\"text\": \"Råd till polisen\"")
                .andExpect(status().isOk());
    }

    @Test
    void theOutOfHoursServiceTriagesAndHandsOverButDoesNotDecide() throws Exception {
        String id = concerns.raise("polis", "Natt Elev", true);
        long version = concerns.version("socialjour", id);

        version = ConcernFixtures.version(concerns.command(
                        "socialjour",
                        id,
                        "triage",
                        version,
                        "\"complexity\": \"HIGH\", \"valuation\": \"Placerad hos släkting över natten\"")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TRIAGED")));

        long denied = accessLogCount("username = 'socialjour' and record_id = ? and outcome = 'DENIED'", id);
        concerns.command(
                        "socialjour",
                        id,
                        "activation",
                        version,
                        "\"caseManagerId\": \"" + UUID.randomUUID() + "\", \"reason\": \"Akut\"")
                .andExpect(status().isForbidden());
        concerns.command(
                        "socialjour",
                        id,
                        "line-decision",
                        version,
                        "\"receivingUnit\": \"Skolan\", \"reason\": \"Akut läge över\"")
                .andExpect(status().isForbidden());
        assertThat(accessLogCount("username = 'socialjour' and record_id = ? and outcome = 'DENIED'", id))
                .isEqualTo(denied + 2);

        concerns.command(
                        "socialjour",
                        id,
                        "handover",
                        version,
                        "\"text\": \"Barnet är i säkerhet hos mormor; IK tar över på morgonen.\"")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TRIAGED"))
                .andExpect(jsonPath("$.timeline[-1].type").value("HANDED_OVER"))
                .andExpect(jsonPath("$.timeline[-1].actingFunction").value("OUT_OF_HOURS"));

        // The coordinator sees the hand-over flagged on every open deadline of the concern.
        String deadlines = concerns.api("ic", get("/api/v1/deadlines"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Boolean> flags = JsonPath.read(deadlines, "$[?(@.concernId == '" + id + "')].handedOver");
        assertThat(flags).hasSize(3).containsOnly(true);
        List<Boolean> urgent = JsonPath.read(deadlines, "$[?(@.concernId == '" + id + "')].urgent");
        assertThat(urgent).containsOnly(true);

        // The coordinator takes over and decides.
        long latest = concerns.version("ic", id);
        concerns.command(
                        "ic",
                        id,
                        "line-decision",
                        latest,
                        "\"receivingUnit\": \"Barn och unga, myndighet\", \"reason\": \"Utredning pågår redan\"")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LINE"));
    }

    @Test
    void theOutOfHoursServiceHasNoDeadlineListOfItsOwn() throws Exception {
        concerns.api("socialjour", get("/api/v1/deadlines")).andExpect(status().isForbidden());
    }
}
