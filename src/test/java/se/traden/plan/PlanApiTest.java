package se.traden.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.traden.support.CaseFixtures;
import se.traden.support.IntegrationTest;

/** The plan over the API: revisions kept and compared, conflicting revisions refused, closure waiting for it. */
class PlanApiTest extends IntegrationTest {
    static final LocalDate SOON = LocalDate.now().plusWeeks(3);

    CaseFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CaseFixtures(mvc, jdbc);
    }

    @Test
    void twoRevisionsAreKeptAndComparedGoalByGoalAndFieldByField() throws Exception {
        UUID child = registeredChild();
        UUID mother = fixtures.aGuardianOf(child, "Anna");
        String caseId = fixtures.anActivatedCase("cm1", child);
        call("cm1", get(plan(caseId)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.revision").value(0));

        String first = revise(
                        "cm1",
                        caseId,
                        0,
                        "Planen gjord tillsammans",
                        "Första mötet med familjen",
                        """
                        [{"lifeArea": "SCHOOL_OR_OCCUPATION", "aim": "Gå till skolan varje dag",
                          "actions": [{"what": "Väckarklocka och sällskap till bussen", "who": "Mamma",
                                       "byWhen": "%s"},
                                      {"what": "Möte med mentorn", "whoStaffId": "%s", "byWhen": "%s"}],
                          "followUps": ["%s"]},
                         {"lifeArea": "LEISURE", "aim": "Hitta en fritidsaktivitet",
                          "actions": [{"what": "Prova på fotboll", "who": "Testbarn", "byWhen": "%s"}]}]""".formatted(SOON, fixtures.staffId("cm1"), SOON, SOON, SOON),
                        "Jag vill klara nian.",
                        "[{\"personId\": \"" + mother + "\", \"view\": \"Bra plan.\"}]",
                        null)
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.content.goals[0].actions[1].who").value("Cem Demir"))
                .andExpect(jsonPath("$.content.guardianViews[0].name").value("Anna Fixtur"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String school = JsonPath.read(first, "$.content.goals[0].id");
        String alarm = JsonPath.read(first, "$.content.goals[0].actions[0].id");

        revise(
                        "cm1",
                        caseId,
                        1,
                        "Skolmålet omformulerat, fritidsmålet struket, nytt hälsomål",
                        "Uppföljning efter en månad",
                        """
                        [{"id": "%s", "lifeArea": "SCHOOL_OR_OCCUPATION", "aim": "Gå till skolan minst fyra dagar i veckan",
                          "actions": [{"id": "%s", "what": "Väckarklocka och sällskap till bussen", "who": "Pappa",
                                       "byWhen": "%s"}],
                          "followUps": ["%s"], "evaluated": true, "outcome": "Närvaron har ökat till 80 %%"},
                         {"lifeArea": "HEALTH", "aim": "Sova bättre",
                          "actions": [{"what": "Besök hos skolsköterskan", "who": "Testbarn", "byWhen": "%s"}]}]""".formatted(school, alarm, SOON, SOON, SOON),
                        "Jag vill klara nian.",
                        "[]",
                        "Ring Kim direkt när det börjar gå snett.")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.revision").value(2));

        call("cm1", get(plan(caseId) + "/revisions"))
                .andExpect(jsonPath("$[*].revision").value(contains(1, 2)))
                .andExpect(jsonPath("$[1].reason").value("Uppföljning efter en månad"))
                .andExpect(jsonPath("$[1].by").value("Cem Demir"));
        call("cm1", get(plan(caseId) + "/revisions/1"))
                .andExpect(jsonPath("$.content.goals[0].aim").value("Gå till skolan varje dag"));

        call("cm1", get(plan(caseId) + "/compare").param("from", "1").param("to", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goals[*].kind").value(contains("CHANGED", "ADDED", "REMOVED")))
                .andExpect(jsonPath("$.goals[0].changes[*].field")
                        .value(contains("aim", "action.who", "action", "evaluated", "outcome")))
                .andExpect(jsonPath("$.goals[0].changes[0].before").value("Gå till skolan varje dag"))
                .andExpect(jsonPath("$.goals[0].changes[0].after").value("Gå till skolan minst fyra dagar i veckan"))
                .andExpect(jsonPath("$.goals[0].changes[1].before").value("Mamma"))
                .andExpect(jsonPath("$.goals[0].changes[1].after").value("Pappa"))
                .andExpect(jsonPath("$.goals[0].changes[2].kind").value("REMOVED"))
                .andExpect(jsonPath("$.goals[2].lifeArea").value("LEISURE"))
                .andExpect(jsonPath("$.plan[*].field").value(containsInAnyOrder("guardianView", "difficultiesPlan")));
        call("cm1", get(plan(caseId) + "/compare").param("from", "1").param("to", "9"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        call("cm1", get("/api/v1/cases/" + caseId))
                .andExpect(jsonPath("$.history[*].type").value(hasItems("PLAN_REVISED")));
    }

    @Test
    void twoPeopleRevisingFromTheSameRevisionCannotOverwriteEachOther() throws Exception {
        String caseId = fixtures.anActivatedCase("cm1", registeredChild());
        revise("cm1", caseId, 0, "Ny plan", "Första mötet", goal("Gå till skolan"), null, "[]", null)
                .andExpect(status().isCreated());

        revise(
                        "cm1",
                        caseId,
                        1,
                        "Målet skärpt",
                        "Överens med familjen",
                        goal("Gå till skolan varje dag"),
                        null,
                        "[]",
                        null)
                .andExpect(status().isCreated());
        revise("ic", caseId, 1, "Målet ändrat", "Efter avstämning", goal("Gå till skolan ibland"), null, "[]", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:concurrent-edit"));
        call(
                        "ic",
                        post(plan(caseId) + "/revisions")
                                .header("If-Match", "\"1\"")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body("Målet ändrat", "Efter avstämning", goal("x"), null, "[]", null, null)))
                .andExpect(status().isConflict());

        call("cm1", get(plan(caseId)))
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.content.goals[0].aim").value("Gå till skolan varje dag"));
        assertThat(jdbc.sql(
                                "select count(*) from plan_revision r join plan p on p.id = r.plan_id where p.case_id = ?::uuid")
                        .param(caseId)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aRevisionSaysWhyAndKeepsItsRules() throws Exception {
        String caseId = fixtures.anActivatedCase("cm1", registeredChild());
        revise("cm1", caseId, 0, " ", " ", """
                        [{"lifeArea": null, "aim": "",
                          "actions": [{"what": "Ring skolan"}]}]""", null, "[]", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder(
                                "summary",
                                "reason",
                                "goals[0].lifeArea",
                                "goals[0].aim",
                                "goals[0].actions[0].who",
                                "goals[0].actions[0].byWhen")));
        revise(
                        "cm1",
                        caseId,
                        0,
                        "Ny",
                        "Start",
                        "[{\"lifeArea\": \"HEALTH\", \"aim\": \"Må bra\", \"evaluated\": true}]",
                        null,
                        "[{\"personId\": \"" + UUID.randomUUID() + "\", \"view\": \"Hm\"}]",
                        null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code")
                        .value(containsInAnyOrder("plan.outcome-required", "plan.guardian-unknown")));
        String id = JsonPath.read(
                revise("cm1", caseId, 0, "Ny", "Start", goal("Må bra"), null, "[]", null)
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.content.goals[0].id");
        String same = "[{\"id\": \"" + id + "\", \"lifeArea\": \"SCHOOL_OR_OCCUPATION\", \"aim\": \"Må bra\"}]";
        revise("cm1", caseId, 1, "Inget", "Inget", same, null, "[]", null)
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.type").value("urn:traden:problem:plan.nothing-changed"));
    }

    @Test
    void theCaseClosesOnlyOnceEveryGoalIsEvaluatedAndDifficultiesArePlannedFor() throws Exception {
        String caseId = fixtures.anActivatedCase("cm1", registeredChild());
        String goalId = JsonPath.read(
                revise("cm1", caseId, 0, "Ny plan", "Första mötet", goal("Gå till skolan"), null, "[]", null)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.content.goals[0].id");
        close(caseId)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("goals", "difficultiesPlan")));

        String evaluated = """
                [{"id": "%s", "lifeArea": "SCHOOL_OR_OCCUPATION", "aim": "Gå till skolan", "evaluated": true,
                  "outcome": "Går till skolan varje dag sedan februari"}]""".formatted(goalId);
        revise("cm1", caseId, 1, "Målet utvärderat", "Avslutande uppföljning", evaluated, null, "[]", null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.goalsEvaluated").value(true))
                .andExpect(jsonPath("$.difficultiesPlanExists").value(false));
        close(caseId)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("difficultiesPlan")));

        revise(
                        "cm1",
                        caseId,
                        2,
                        "Plan för svårigheter",
                        "Inför avslut",
                        evaluated,
                        null,
                        "[]",
                        "Om frånvaron kommer tillbaka ringer mentorn mamma samma dag och mamma ringer Kim.")
                .andExpect(status().isCreated());
        close(caseId).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        // A closed case's plan stays as it was.
        revise("cm1", caseId, 3, "Efteråt", "Efteråt", goal("Något nytt"), null, "[]", null)
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.type").value("urn:traden:problem:plan.case-closed"));
    }

    ResultActions close(String caseId) throws Exception {
        Number version = JsonPath.read(
                call("cm1", get("/api/v1/cases/" + caseId))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.version");
        return call(
                "cm1",
                post("/api/v1/cases/" + caseId + "/closure")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"reason\": \"Vardagen är stabil\"}"));
    }

    static String goal(String aim) {
        return "[{\"lifeArea\": \"SCHOOL_OR_OCCUPATION\", \"aim\": \"" + aim + "\"}]";
    }

    ResultActions revise(
            String user,
            String caseId,
            int basedOn,
            String summary,
            String reason,
            String goals,
            String childView,
            String guardianViews,
            String difficulties)
            throws Exception {
        return call(
                user,
                post(plan(caseId) + "/revisions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(summary, reason, goals, childView, guardianViews, difficulties, basedOn)));
    }

    static String body(
            String summary,
            String reason,
            String goals,
            String childView,
            String guardianViews,
            String difficulties,
            Integer basedOn) {
        return """
                {"basedOn": %s, "summary": %s, "reason": %s, "goals": %s, "childView": %s, "guardianViews": %s,
                 "difficultiesPlan": %s}""".formatted(
                        basedOn,
                        quoted(summary),
                        quoted(reason),
                        goals,
                        quoted(childView),
                        guardianViews,
                        quoted(difficulties));
    }

    static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    static String plan(String caseId) {
        return "/api/v1/cases/" + caseId + "/plan";
    }

    ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }
}
