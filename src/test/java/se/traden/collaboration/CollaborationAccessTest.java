package se.traden.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.traden.support.CollaborationFixtures;
import se.traden.support.IntegrationTest;

/**
 * Inner secrecy on every endpoint of the collaboration and authority pages, for every demo user: the
 * case manager holding the case and the coordinator read and write; everyone else in the municipality
 * is refused (and the refusal logged); the other municipality's coordinator gets the same answer as for
 * a case that does not exist.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollaborationAccessTest extends IntegrationTest {
    static final List<String> READ_API =
            List.of("/contacts", "/check-ins", "/group", "/instruments", "/reviews", "/investigations", "/escalations");
    static final List<String> READ_PAGES =
            List.of("/contacts", "/check-ins", "/group", "/instruments", "/review", "/investigations", "/escalations");
    /** Commands on the case: an empty body is refused as invalid (or not yet allowed) once access is granted. */
    static final List<String> CREATE_API = List.of(
            "/contacts",
            "/check-ins",
            "/group/actors",
            "/group/meetings",
            "/declined-interventions",
            "/instruments",
            "/reviews",
            "/investigations",
            "/escalations");
    /** Commands on a record of the case that does not exist: not found once access is granted. */
    static final List<String> CHANGE_API = List.of(
            "/group/actors/%s/departure",
            "/group/meetings/%s/outcome",
            "/instruments/%s/after-measurement",
            "/investigations/%s/status",
            "/investigations/%s/decisions",
            "/investigations/%s/feedback",
            "/investigations/%s/case-officer",
            "/escalations/%s/outcome",
            "/escalations/%s/steps");

    CollaborationFixtures fx;
    String caseId;

    @BeforeAll
    void aCase() throws Exception {
        fx = new CollaborationFixtures(mvc, jdbc);
        caseId = fx.anActivatedCase(registeredChild(), "cm1");
    }

    @ParameterizedTest(name = "{0} reading → {1}")
    @CsvSource({
        "cm1, 200",
        "ic, 200",
        "cm2, 403",
        "gruppchef, 403",
        "handlaggare, 403",
        "mottagning, 403",
        "socialjour, 403",
        "skola, 403",
        "polis, 403",
        "styrgrupp, 403",
        "loggranskare, 403",
        "admin, 403",
        "aby-ic, 404"
    })
    void readingTheCasesCollaborationPages(String user, int expected) throws Exception {
        long denied = accessLogCount("outcome = 'DENIED' and record_id = ?", caseId);
        for (String path : READ_API) {
            fx.api(user, get("/api/v1/cases/" + caseId + path)).andExpect(status().is(expected));
        }
        for (String path : READ_PAGES) {
            fx.page(user, get("/cases/" + caseId + path)).andExpect(status().is(expected));
        }
        if (expected == 403) {
            assertThat(accessLogCount("outcome = 'DENIED' and record_id = ?", caseId))
                    .isEqualTo(denied + READ_API.size() + READ_PAGES.size());
        }
    }

    @ParameterizedTest(name = "{0} writing → {1}")
    @CsvSource({
        "cm1, 0",
        "ic, 0",
        "cm2, 403",
        "gruppchef, 403",
        "handlaggare, 403",
        "mottagning, 403",
        "socialjour, 403",
        "skola, 403",
        "polis, 403",
        "styrgrupp, 403",
        "loggranskare, 403",
        "admin, 403",
        "aby-ic, 404"
    })
    void writingToTheCase(String user, int expected) throws Exception {
        for (String path : CREATE_API) {
            int status = fx.postJson(user, "/api/v1/cases/" + caseId + path, "{}")
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (expected == 0) {
                // Allowed: the empty command is refused by the rules, never by access.
                assertThat(status).as(path).isIn(400, 422);
            } else {
                assertThat(status).as(path).isEqualTo(expected);
            }
        }
        for (String path : CHANGE_API) {
            int status = fx.postJson(
                            user, "/api/v1/cases/" + caseId + path.formatted(UUID.randomUUID()), "{\"version\": 0}")
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(path).isEqualTo(expected == 0 ? 404 : expected);
        }
        assertThat(jdbc.sql("select count(*) from case_contact where case_id = ?::uuid")
                        .param(caseId)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
