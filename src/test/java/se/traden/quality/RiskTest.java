package se.traden.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.traden.quality.QualityFixtures.TODAY;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import se.traden.support.CollaborationFixtures;
import se.traden.support.IntegrationTest;

/**
 * The risk analysis of the operation: the group manager and the coordinator identify and reassess risks,
 * the steering group reads them with the matrix, everyone else is refused; each risk names a step of the
 * process and a function, never a person.
 */
class RiskTest extends IntegrationTest {
    static final String BASE = "/api/v1/quality/risks";
    static final String RISK = """
            {"title": "%s", "description": "Vid flytt mellan stadsdelar tappas ärendet mellan enheterna",
             "processStep": "TRANSITION", "likelihood": %d, "consequence": %d,
             "measures": "Överlämning i samverkansgruppen", "owner": "GROUP_MANAGER", "reviewOn": "%s"%s}""";

    QualityFixtures q;

    @BeforeEach
    void fixtures() {
        q = new QualityFixtures(mvc, jdbc);
    }

    String identified(String user, String title, int likelihood, int consequence) throws Exception {
        return CollaborationFixtures.read(
                q.post(user, BASE, RISK.formatted(title, likelihood, consequence, TODAY.plusMonths(3), ""))
                        .andExpect(status().isCreated()),
                "$.id");
    }

    ResultActions reassess(String user, String id, String ifMatch, String json) throws Exception {
        return q.fx.api(
                user,
                put(BASE + "/" + id)
                        .header("If-Match", ifMatch)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json));
    }

    int cell(String user, int likelihood, int consequence) throws Exception {
        String json = q.fx.api(user, get(BASE + "/matrix"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> counts = JsonPath.read(
                json, "$.cells[?(@.likelihood == %d && @.consequence == %d)].count".formatted(likelihood, consequence));
        return counts.getFirst();
    }

    @Test
    void aRiskIsIdentifiedReassessedAndCountedInTheMatrix() throws Exception {
        int before = cell("ic", 3, 4);
        String id = CollaborationFixtures.read(
                q.post(
                                "gruppchef",
                                BASE,
                                RISK.formatted("Ärenden faller mellan enheter", 3, 4, TODAY.plusMonths(3), ""))
                        .andExpect(status().isCreated())
                        .andExpect(header().string("ETag", "\"0\""))
                        .andExpect(jsonPath("$.value").value(12))
                        .andExpect(jsonPath("$.band").value("HIGH"))
                        .andExpect(jsonPath("$.status").value("OPEN"))
                        .andExpect(jsonPath("$.identifiedFunction").value("GROUP_MANAGER")),
                "$.id");
        assertThat(cell("styrgrupp", 3, 4)).isEqualTo(before + 1);
        q.fx.api("styrgrupp", get(BASE)).andExpect(jsonPath("$[*].id").value(hasItem(id)));
        q.fx.api("styrgrupp", get(BASE + "/" + id))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""));

        reassess(
                        "ic",
                        id,
                        "\"0\"",
                        RISK.formatted(
                                "Ärenden faller mellan enheter",
                                1,
                                4,
                                TODAY.plusMonths(6),
                                ", \"status\": \"MITIGATED\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.value").value(4))
                .andExpect(jsonPath("$.band").value("MEDIUM"))
                .andExpect(jsonPath("$.status").value("MITIGATED"));
        assertThat(cell("ic", 3, 4)).isEqualTo(before);
        reassess("gruppchef", id, "\"0\"", RISK.formatted("x", 2, 2, TODAY, ", \"status\": \"OPEN\""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:concurrent-edit"));
        reassess(
                        "gruppchef",
                        id,
                        "\"1\"",
                        RISK.formatted(
                                "Ärenden faller mellan enheter", 1, 4, TODAY.minusDays(1), ", \"status\": \"CLOSED\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        assertThat(accessLogCount("record_type = 'operational-risk' and record_id = ? and action = 'READ'", id))
                .isZero();
        assertThat(accessLogCount("record_type = 'operational-risk' and record_id = ? and outcome = 'ALLOWED'", id))
                .isEqualTo(3);
    }

    @Test
    void theSteeringGroupReadsOnlyTheCoordinatorAndGroupManagerEditEveryoneElseIsRefused() throws Exception {
        String id = identified("ic", "Återkopplingen till anmälaren dröjer", 2, 3);
        q.post("styrgrupp", BASE, RISK.formatted("x", 1, 1, TODAY, "")).andExpect(status().isForbidden());
        reassess("styrgrupp", id, "\"0\"", RISK.formatted("x", 1, 1, TODAY, ", \"status\": \"OPEN\""))
                .andExpect(status().isForbidden());
        for (String user : new String[] {"cm1", "skola", "handlaggare"}) {
            long denied = accessLogCount("username = ? and outcome = 'DENIED'", user);
            q.fx.api(user, get(BASE)).andExpect(status().isForbidden());
            q.fx.api(user, get(BASE + "/matrix")).andExpect(status().isForbidden());
            q.fx.api(user, get(BASE + "/" + id)).andExpect(status().isForbidden());
            q.post(user, BASE, RISK.formatted("x", 1, 1, TODAY, "")).andExpect(status().isForbidden());
            reassess(user, id, "\"0\"", RISK.formatted("x", 1, 1, TODAY, ", \"status\": \"OPEN\""))
                    .andExpect(status().isForbidden());
            assertThat(accessLogCount("username = ? and outcome = 'DENIED'", user))
                    .isEqualTo(denied + 5);
        }
        q.fx.api("aby-ic", get(BASE + "/" + id)).andExpect(status().isNotFound());
        reassess("aby-ic", id, "\"0\"", RISK.formatted("x", 1, 1, TODAY, ", \"status\": \"OPEN\""))
                .andExpect(status().isNotFound());
        q.fx.api("aby-ic", get(BASE)).andExpect(jsonPath("$[*].id").value(not(hasItem(id))));
        q.fx.api("gruppchef", get(BASE + "/" + id))
                .andExpect(jsonPath("$.title").value("Återkopplingen till anmälaren dröjer"));
    }

    @Test
    void anInvalidRiskIsAProblemDetailWithEveryField() throws Exception {
        q.post("gruppchef", BASE, "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:invalid-input"))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(hasItems(
                                "title",
                                "description",
                                "processStep",
                                "likelihood",
                                "consequence",
                                "owner",
                                "reviewOn")));
        q.post("gruppchef", BASE, """
                        {"title": "Risk för 100101-1236", "description": "y", "processStep": "PLAN", "likelihood": 5,
                         "consequence": 0, "owner": "REPORTER", "reviewOn": "%s"}""".formatted(TODAY.minusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code")
                        .value(hasItems(
                                "quality.identity-number",
                                "quality.level-out-of-range",
                                "quality.risk.owner-not-allowed",
                                "quality.risk.review-in-past")))
                .andExpect(jsonPath("$.errors[?(@.field == 'likelihood')].message")
                        .value(hasItem("Ange en nivå från 1 till 4")));
        String id = identified("gruppchef", "Samtycken förnyas inte", 2, 2);
        reassess("gruppchef", id, "", RISK.formatted("Samtycken förnyas inte", 2, 2, TODAY, ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(hasItems("version-required")));
        reassess("gruppchef", id, "\"0\"", RISK.formatted("Samtycken förnyas inte", 2, 2, TODAY, ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void theRiskPagesShowTheMatrixAsATableAndTakeTheForm() throws Exception {
        String title = "Avstämningar uteblir i semestertider " + System.nanoTime();
        q.fx.page("gruppchef", get("/quality/risks/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 – Möjlig")))
                .andExpect(content().string(containsString("4 – Allvarlig")));
        q.fx.page("gruppchef", post("/quality/risks").param("title", title).param("likelihood", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"error-summary\"")))
                .andExpect(content().string(containsString("href=\"#risk-description\"")))
                .andExpect(content().string(containsString("href=\"#risk-consequence\"")))
                .andExpect(content().string(containsString("Fältet måste fyllas i")));
        q.fx.page(
                        "gruppchef",
                        post("/quality/risks")
                                .param("title", title)
                                .param("description", "Ingen tar över avstämningarna när case managern är ledig")
                                .param("processStep", "COLLABORATION")
                                .param("likelihood", "3")
                                .param("consequence", "3")
                                .param("owner", "GROUP_MANAGER")
                                .param("reviewOn", TODAY.plusMonths(2).toString())
                                .param("status", "OPEN"))
                .andExpect(redirectedUrl("/quality/risks"));
        String id = jdbc.sql("select id::text from operational_risk where title = ?")
                .param(title)
                .query(String.class)
                .single();
        q.fx.page("styrgrupp", get("/quality/risks"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("<caption>Risker per sannolikhet och konsekvens")))
                .andExpect(content().string(containsString("scope=\"row\">Sannolikhet 3 – möjlig</th>")))
                .andExpect(content().string(containsString("9 – hög")))
                .andExpect(content().string(not(containsString("/quality/risks/" + id + "/edit"))));
        q.fx.page("styrgrupp", get("/start/steering-group"))
                .andExpect(content().string(containsString("href=\"/quality/risks\"")));
        q.fx.page("styrgrupp", get("/quality/risks/new")).andExpect(status().isForbidden());
        q.fx.page("styrgrupp", get("/quality/risks/" + id + "/edit")).andExpect(status().isForbidden());
        q.fx.page("cm1", get("/quality/risks")).andExpect(status().isForbidden());

        q.fx.page("ic", get("/quality/risks"))
                .andExpect(content().string(containsString("/quality/risks/" + id + "/edit")));
        q.fx.page("ic", get("/quality/risks/" + id + "/edit"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("semestertider " + title.substring(title.lastIndexOf(' ') + 1))));
        q.fx.page(
                        "ic",
                        post("/quality/risks/" + id)
                                .param("version", "0")
                                .param("title", title)
                                .param("description", "Barnet 100101-1236 missade avstämningen")
                                .param("processStep", "COLLABORATION")
                                .param("likelihood", "2")
                                .param("consequence", "3")
                                .param("owner", "INDIVIDUAL_COORDINATOR")
                                .param("reviewOn", TODAY.plusMonths(2).toString())
                                .param("status", "MITIGATED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Texten innehåller något som ser ut som ett personnummer")));
        q.fx.page(
                        "ic",
                        post("/quality/risks/" + id)
                                .param("version", "0")
                                .param("title", title)
                                .param("description", "Ingen ersättare för avstämningarna under ledighet")
                                .param("processStep", "COLLABORATION")
                                .param("likelihood", "2")
                                .param("consequence", "3")
                                .param("owner", "INDIVIDUAL_COORDINATOR")
                                .param("reviewOn", TODAY.plusMonths(2).toString())
                                .param("status", "MITIGATED"))
                .andExpect(redirectedUrl("/quality/risks"));
        q.fx.page("ic", get("/quality/risks"))
                .andExpect(content().string(containsString("Den nya bedömningen är sparad.")))
                .andExpect(content().string(containsString("Åtgärdad, bevakas")));
        q.fx.page("aby-ic", get("/quality/risks/" + id + "/edit")).andExpect(status().isNotFound());
    }
}
