package se.traden.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.traden.support.IntegrationTest;

/**
 * The concern flow in the browser: a reporter raises a concern through the form and follows it; the
 * coordinator works it from the inbox to a confirmed decision. Every page answers only the functions
 * that may see it.
 */
class ConcernPagesTest extends IntegrationTest {

    private final Map<String, MockHttpSession> sessions = new HashMap<>();

    @ParameterizedTest(name = "{0}: new {1}, mine {2}, inbox {3}, concern {4}, decision {5}")
    @CsvSource({
        "ic,           200, 200, 200, 200, 200",
        "cm1,          200, 200, 403, 403, 403",
        "gruppchef,    403, 403, 403, 403, 403",
        "handlaggare,  200, 200, 403, 403, 403",
        "mottagning,   200, 200, 200, 403, 403",
        "socialjour,   200, 200, 200, 200, 403",
        "skola,        200, 200, 403, 403, 403",
        "polis,        200, 200, 403, 403, 403",
        "styrgrupp,    403, 403, 403, 403, 403",
        "loggranskare, 403, 403, 403, 403, 403",
        "admin,        403, 403, 403, 403, 403"
    })
    void eachPageAnswersOnlyTheFunctionsThatMaySeeIt(
            String user, int newConcern, int mine, int inbox, int concern, int decision) throws Exception {
        // An urgent concern through the coordinator's route: the coordinator and the out-of-hours service work it.
        String id = sharedUrgentConcern();
        page(user, "/concerns/new").andExpect(status().is(newConcern));
        page(user, "/concerns/mine").andExpect(status().is(mine));
        page(user, "/concerns/inbox").andExpect(status().is(inbox));
        page(user, "/concerns/" + id).andExpect(status().is(concern));
        page(user, "/concerns/" + id + "/decision").andExpect(status().is(decision));
    }

    @Test
    void aReporterRaisesAConcernThroughTheFormAndFollowsIt() throws Exception {
        page("skola", "/concerns/new")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Det här ersätter aldrig en orosanmälan")))
                .andExpect(content().string(containsString("19 kap. 1 § socialtjänstlagen")))
                .andExpect(content().string(containsString("value=\"Sofia Kurator\"")));

        String location = form(
                        "skola",
                        post("/concerns/new")
                                .param("subjectName", "Nora Formtest")
                                .param("subjectBirthYear", "2013")
                                .param("subjectSchool", "Ekbackens skola")
                                .param(
                                        "worry",
                                        "Har inte varit i skolan på tre veckor.\nSäger att hon är rädd på vägen dit.")
                                .param("problemAreas", "SCHOOL_ABSENCE", "MENTAL_ILL_HEALTH")
                                .param("urgent", "false")
                                .param("mandatoryReport", "FILED")
                                .param("reporterOrganisation", "Sjöskolan")
                                .param("reporterFunction", "Elevhälsan")
                                .param("reporterName", "Sofia Kurator")
                                .param("reporterContact", "elevhalsan@sjoskolan.example"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/concerns/*/receipt"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String id = location.split("/")[2];
        String reference = jdbc.sql("select reference from concern where id = ?::uuid")
                .param(id)
                .query(String.class)
                .single();

        page("skola", location)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)))
                .andExpect(content().string(containsString("Det här händer nu")))
                .andExpect(content().string(containsString("Du får återkoppling senast")));
        // The receipt is the reporter's own; another reporter's answer is that it does not exist.
        page("polis", location).andExpect(status().isNotFound());

        // The coordinator values it and gives feedback; the reporter sees the feedback and nothing else.
        form(
                        "ic",
                        post("/concerns/" + id + "/triage")
                                .param("version", "0")
                                .param("complexity", "MEDIUM")
                                .param("valuation", "Intern bedömning som inte ska synas"))
                .andExpect(redirectedUrl("/concerns/" + id));
        form(
                        "ic",
                        post("/concerns/" + id + "/feedback")
                                .param("version", "1")
                                .param("feedback", "Tack. Vi har tagit emot oron och kontaktar skolan i veckan."))
                .andExpect(redirectedUrl("/concerns/" + id));
        page("skola", "/concerns/mine")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)))
                .andExpect(content().string(containsString("Vi har tagit emot oron och kontaktar skolan i veckan.")))
                .andExpect(content().string(not(containsString("Intern bedömning"))));
        page("polis", "/concerns/mine").andExpect(content().string(not(containsString(reference))));
    }

    @Test
    void badInputComesBackWithSwedishErrorsOnTheFieldsAndNothingIsStored() throws Exception {
        long before = jdbc.sql("select count(*) from concern").query(Long.class).single();
        form(
                        "skola",
                        post("/concerns/new")
                                .param("subjectSchool", "Ekbackens skola")
                                .param("mandatoryReport", "NOT_APPLICABLE")
                                .param("reporterName", "Sofia Kurator"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"error-summary\"")))
                .andExpect(content().string(containsString("href=\"#worry\"")))
                .andExpect(content().string(containsString("href=\"#problemAreas\"")))
                .andExpect(content().string(containsString("Beskriv vad som oroar dig")))
                .andExpect(content().string(containsString("Välj minst ett område som oron gäller")))
                .andExpect(content().string(containsString("Förklara varför en orosanmälan inte är aktuell")))
                .andExpect(content().string(containsString("Ange barnets namn eller personnummer")))
                .andExpect(content().string(containsString("Ange hur vi når dig eller din funktion")))
                .andExpect(content().string(containsString("aria-describedby=\"worry-hint worry-error\"")))
                // what was typed is still there
                .andExpect(content().string(containsString("value=\"Ekbackens skola\"")))
                .andExpect(
                        content().string(containsString("value=\"NOT_APPLICABLE\" name=\"mandatoryReport\" checked")));
        assertThat(jdbc.sql("select count(*) from concern").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void theCoordinatorTriagesIdentifiesAndDecidesWithAConfirmationStep() throws Exception {
        String id = raiseOverApi("skola", false);
        assertThat(inboxLists("ic", id))
                .as("the new concern is on one of the inbox's pages")
                .isTrue();
        page("ic", "/concerns/" + id)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Oro lyft")))
                .andExpect(content().string(containsString("Första bedömning")))
                .andExpect(content().string(not(containsString("Gå till beslutet"))));

        // A triage without a valuation comes back with the error on its field.
        form("ic", post("/concerns/" + id + "/triage").param("version", "0").param("complexity", "HIGH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#triage-valuation\"")))
                .andExpect(content().string(containsString("id=\"triage-valuation-error\"")));
        form(
                        "ic",
                        post("/concerns/" + id + "/triage")
                                .param("version", "0")
                                .param("complexity", "HIGH")
                                .param("valuation", "Flera aktörer behövs"))
                .andExpect(redirectedUrl("/concerns/" + id));
        form(
                        "ic",
                        post("/concerns/" + id + "/identification")
                                .param("version", "1")
                                .param("personId", "inte-ett-id"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Id:t har fel format")));
        form(
                        "ic",
                        post("/concerns/" + id + "/identification")
                                .param("version", "1")
                                .param("personId", registeredChild().toString()))
                .andExpect(redirectedUrl("/concerns/" + id));

        String cm = staffId("cm1").toString();
        page("ic", "/concerns/" + id + "/decision")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cem Demir")))
                .andExpect(content().string(containsString("value=\"" + cm + "\"")))
                .andExpect(content().string(not(containsString("checked"))));

        // Only someone holding a case manager function today can be assigned, whatever the form sends.
        form(
                        "ic",
                        post("/concerns/" + id + "/decision/confirm")
                                .param("version", "2")
                                .param("choice", "ACTIVATE")
                                .param("caseManagerId", staffId("handlaggare").toString())
                                .param("activationReason", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("har inte funktionen case manager")));

        // Review: nothing is stored yet; a missing reason is said on its field.
        form(
                        "ic",
                        post("/concerns/" + id + "/decision/confirm")
                                .param("version", "2")
                                .param("choice", "ACTIVATE")
                                .param("caseManagerId", cm))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#activationReason\"")))
                .andExpect(content().string(containsString("Ange skälet till beslutet")));
        form(
                        "ic",
                        post("/concerns/" + id + "/decision/confirm")
                                .param("version", "2")
                                .param("choice", "ACTIVATE")
                                .param("caseManagerId", cm)
                                .param("activationReason", "Komplext behov, Cem känner skolan"))
                .andExpect(redirectedUrl("/concerns/" + id + "/decision/review"));
        page("ic", "/concerns/" + id + "/decision/review")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bekräfta beslut")))
                .andExpect(content().string(containsString("Cem Demir")));
        assertThat(statusOf(id)).isEqualTo("TRIAGED");

        form(
                        "ic",
                        post("/concerns/" + id + "/decision")
                                .param("version", "2")
                                .param("choice", "ACTIVATE")
                                .param("caseManagerId", cm)
                                .param("activationReason", "Komplext behov, Cem känner skolan"))
                .andExpect(redirectedUrl("/concerns/" + id));
        assertThat(statusOf(id)).isEqualTo("ACTIVATED");
        // Back to the review after the decision (the browser's back button): it leads to the decision page.
        page("ic", "/concerns/" + id + "/decision/review").andExpect(redirectedUrl("/concerns/" + id + "/decision"));
        page("ic", "/concerns/" + id)
                .andExpect(content().string(containsString("Beslut: strukturerad individsamverkan aktiverad")))
                .andExpect(content().string(containsString("Komplext behov, Cem känner skolan")))
                .andExpect(content().string(containsString("av Ida Karlsson som Individkoordinator")));
    }

    @Test
    void aLineDecisionAndASimpleClosureAreConfirmedBeforeTheyAreStored() throws Exception {
        String line = raiseOverApi("skola", false);
        form(
                        "ic",
                        post("/concerns/" + line + "/triage")
                                .param("version", "0")
                                .param("complexity", "LOW")
                                .param("valuation", "Skolan har insatserna"))
                .andExpect(redirectedUrl("/concerns/" + line));
        form(
                        "ic",
                        post("/concerns/" + line + "/decision/confirm")
                                .param("version", "1")
                                .param("choice", "LINE")
                                .param("lineReason", "Skolan har insatserna"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#receivingUnit\"")));
        form(
                        "ic",
                        post("/concerns/" + line + "/decision/confirm")
                                .param("version", "1")
                                .param("choice", "LINE")
                                .param("receivingUnit", "Elevhälsan Sjöskolan")
                                .param("lineReason", "Skolan har insatserna"))
                .andExpect(redirectedUrl("/concerns/" + line + "/decision/review"));
        page("ic", "/concerns/" + line + "/decision/review")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Elevhälsan Sjöskolan")));
        assertThat(statusOf(line)).isEqualTo("TRIAGED");
        form(
                        "ic",
                        post("/concerns/" + line + "/decision")
                                .param("version", "1")
                                .param("choice", "LINE")
                                .param("receivingUnit", "Elevhälsan Sjöskolan")
                                .param("lineReason", "Skolan har insatserna"))
                .andExpect(redirectedUrl("/concerns/" + line));
        assertThat(statusOf(line)).isEqualTo("LINE");
        page("ic", "/concerns/" + line).andExpect(content().string(containsString("Linjen återkommer")));

        String simple = raiseOverApi("skola", false);
        form(
                        "ic",
                        post("/concerns/" + simple + "/triage")
                                .param("version", "0")
                                .param("complexity", "LOW")
                                .param("valuation", "Enkel fråga"))
                .andExpect(redirectedUrl("/concerns/" + simple));
        form(
                        "ic",
                        post("/concerns/" + simple + "/simple-closure/confirm")
                                .param("version", "1")
                                .param("advice", "Prata med mentor om en närvaroplan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bekräfta avslut")));
        assertThat(statusOf(simple)).isEqualTo("TRIAGED");
        form(
                        "ic",
                        post("/concerns/" + simple + "/simple-closure")
                                .param("version", "1")
                                .param("advice", "Prata med mentor om en närvaroplan"))
                .andExpect(redirectedUrl("/concerns/" + simple));
        assertThat(statusOf(simple)).isEqualTo("CLOSED_SIMPLE");
    }

    @Test
    void aStaleVersionShowsTheConflictPageAndNothingIsOverwritten() throws Exception {
        String id = raiseOverApi("skola", false);
        form(
                        "ic",
                        post("/concerns/" + id + "/triage")
                                .param("version", "0")
                                .param("complexity", "LOW")
                                .param("valuation", "Första"))
                .andExpect(redirectedUrl("/concerns/" + id));
        form(
                        "ic",
                        post("/concerns/" + id + "/triage")
                                .param("version", "0")
                                .param("complexity", "HIGH")
                                .param("valuation", "Andra"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Någon annan har ändrat uppgiften")));
        assertThat(jdbc.sql("select complexity from concern where id = ?::uuid")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("LOW");
    }

    @Test
    void theOutOfHoursServiceWorksAnUrgentConcernButNeverDecides() throws Exception {
        String id = raiseOverApi("polis", true);
        page("socialjour", "/concerns/" + id)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lämna över till individkoordinatorn")))
                .andExpect(content().string(not(containsString("Gå till beslutet"))));
        form(
                        "socialjour",
                        post("/concerns/" + id + "/triage")
                                .param("version", "0")
                                .param("complexity", "HIGH")
                                .param("valuation", "Akut, polisen på plats"))
                .andExpect(redirectedUrl("/concerns/" + id));
        form(
                        "socialjour",
                        post("/concerns/" + id + "/decision")
                                .param("version", "1")
                                .param("choice", "LINE")
                                .param("receivingUnit", "Socialjouren")
                                .param("lineReason", "x"))
                .andExpect(status().isForbidden());
        form(
                        "socialjour",
                        post("/concerns/" + id + "/handover")
                                .param("version", "1")
                                .param("note", "Barnet är hos mormor i natt. Ring skolan i morgon."))
                .andExpect(redirectedUrl("/concerns/" + id));
        assertThat(statusOf(id)).isEqualTo("TRIAGED");
    }

    private static String sharedUrgentConcern;

    /** One concern for all the access checks, so that the inbox does not fill with urgent test concerns. */
    private String sharedUrgentConcern() throws Exception {
        if (sharedUrgentConcern == null) {
            sharedUrgentConcern = raiseOverApi("polis", true);
        }
        return sharedUrgentConcern;
    }

    /** Whether the concern is on one of the inbox's pages (50 a page; other tests leave concerns open). */
    private boolean inboxLists(String user, String concernId) throws Exception {
        for (int p = 0; p < 100; p++) {
            String html = page(user, "/concerns/inbox?page=" + p)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (html.contains("/concerns/" + concernId)) {
                return true;
            }
            if (!html.contains("page=" + (p + 1))) {
                return false;
            }
        }
        return false;
    }

    private org.springframework.test.web.servlet.ResultActions page(String user, String path) throws Exception {
        return mvc.perform(get(path).session(session(user)));
    }

    private org.springframework.test.web.servlet.ResultActions form(String user, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.session(session(user)).with(csrf()));
    }

    private MockHttpSession session(String user) throws Exception {
        MockHttpSession session = sessions.get(user);
        if (session == null) {
            session = (MockHttpSession) mvc.perform(formLogin().user(user).password("demo"))
                    .andExpect(redirectedUrl("/"))
                    .andReturn()
                    .getRequest()
                    .getSession(false);
            sessions.put(user, session);
        }
        return session;
    }

    private String raiseOverApi(String user, boolean urgent) throws Exception {
        var result = mvc.perform(post("/api/v1/concerns")
                        .with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ConcernFlowApiTest.SCHOOL_CONCERN.formatted(urgent)))
                .andExpect(status().isCreated())
                .andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    private String statusOf(String id) {
        return jdbc.sql("select status from concern where id = ?::uuid")
                .param(id)
                .query(String.class)
                .single();
    }

    private UUID staffId(String username) {
        return jdbc.sql("select staff_id from account where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }
}
