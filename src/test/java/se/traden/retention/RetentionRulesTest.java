package se.traden.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import se.traden.support.ConcernFixtures;
import se.traden.support.IntegrationTest;
import se.traden.support.UiLogin;

/**
 * The rules and holds as the administrator and the coordinator meet them: defaults until changed,
 * optimistic locking, every broken rule named on its field in Swedish, the page's error summary, and a
 * hold that refuses a personal identity number.
 */
class RetentionRulesTest extends IntegrationTest {
    static final String API = "/api/v1/retention";

    @Test
    void aRuleIsItsDefaultUntilChangedAndAChangeNamesItsVersion() throws Exception {
        String user = "aby-admin";
        var rule = mvc.perform(get(API + "/rules/UNIDENTIFIED_CONCERN").with(httpBasic(user, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.yearsAfterLastEntry").value(5))
                .andExpect(jsonPath("$.keepUntilAge").value(30))
                .andExpect(jsonPath("$.ageApplies").value(true))
                .andExpect(jsonPath("$.researchSampleApplies").value(false))
                .andReturn()
                .getResponse();
        long version = ((Number) JsonPath.read(rule.getContentAsString(), "$.version")).longValue();
        assertThat(rule.getHeader("ETag")).isEqualTo("\"" + version + "\"");
        String change = """
                {"enabled": true, "yearsAfterLastEntry": 7, "keepUntilAge": 25, "keepResearchSample": false}""";
        mvc.perform(put(API + "/rules/UNIDENTIFIED_CONCERN")
                        .with(httpBasic(user, "demo"))
                        .header("If-Match", "\"" + version + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + (version + 1) + "\""))
                .andExpect(jsonPath("$.isDefault").value(false))
                .andExpect(jsonPath("$.yearsAfterLastEntry").value(7))
                .andExpect(jsonPath("$.keepUntilAge").value(25));
        mvc.perform(put(API + "/rules/UNIDENTIFIED_CONCERN")
                        .with(httpBasic(user, "demo"))
                        .header("If-Match", "\"" + version + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:concurrent-edit"));
        mvc.perform(put(API + "/rules/UNIDENTIFIED_CONCERN")
                        .with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("version-required"));
        mvc.perform(get(API + "/rules/CLOSED_CASE").with(httpBasic("aby-ic", "demo")))
                .andExpect(jsonPath("$.isDefault").value(true))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void anInvalidRuleIsRefusedFieldByField() throws Exception {
        long version = ((Number) JsonPath.read(
                        mvc.perform(get(API + "/rules/CONSULTATION").with(httpBasic("admin", "demo")))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.version"))
                .longValue();
        mvc.perform(put(API + "/rules/CONSULTATION")
                        .with(httpBasic("admin", "demo"))
                        .header("If-Match", "\"" + version + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"yearsAfterLastEntry": 0, "keepUntilAge": 30, "keepResearchSample": true}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code")
                        .value(hasItems(
                                "required",
                                "retention.years-out-of-range",
                                "retention.age-not-applicable",
                                "retention.research-not-applicable")))
                .andExpect(jsonPath("$.errors[?(@.field == 'yearsAfterLastEntry')].message")
                        .value(hasItems("Ange ett antal år från 1 till 100")));
        mvc.perform(put(API + "/rules/NO_SUCH_KIND")
                        .with(httpBasic("admin", "demo"))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/retention/rules/CLOSED_CASE")
                        .with(UiLogin.as(mvc, "admin"))
                        .with(csrf())
                        .param("version", "0")
                        .param("enabled", "true")
                        .param("yearsAfterLastEntry", "fem")
                        .param("keepUntilAge", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"error-summary\"")))
                .andExpect(content().string(containsString("href=\"#rule-yearsAfterLastEntry\"")))
                .andExpect(content().string(containsString("Ange ett helt tal")));
        mvc.perform(post("/retention/rules/CLOSED_CASE")
                        .with(UiLogin.as(mvc, "admin"))
                        .with(csrf())
                        .param("version", "0")
                        .param("enabled", "true")
                        .param("yearsAfterLastEntry", "5")
                        .param("keepUntilAge", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#rule-keepUntilAge\"")))
                .andExpect(content().string(containsString("Ange en ålder från 18 till 110 år")));
    }

    @Test
    void aHoldNamesARecordOnceAndItsReasonNamesNoOne() throws Exception {
        String concern = new ConcernFixtures(mvc).fromSchool(false);
        String reference = jdbc.sql("select reference from concern where id = ?::uuid")
                .param(concern)
                .query(String.class)
                .single();
        String hold = """
                {"recordType": "CONCERN", "reference": "%s", "reason": "%s"}""";
        mvc.perform(post(API + "/holds")
                        .with(httpBasic("ic", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("recordType", "reference", "reason")));
        mvc.perform(post(API + "/holds")
                        .with(httpBasic("ic", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(hold.formatted(reference, "Gäller 20100101-1236 i tingsrätten")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("retention.identity-number"));
        mvc.perform(post(API + "/holds")
                        .with(httpBasic("ic", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(hold.formatted("Ä-1999-99999", "Mål i tingsrätten")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Det finns inget sådant nummer i kommunen"));
        String id = JsonPath.read(
                mvc.perform(post(API + "/holds")
                                .with(httpBasic("ic", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(hold.formatted(reference, "Mål i tingsrätten")))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(post(API + "/holds")
                        .with(httpBasic("gruppchef", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(hold.formatted(reference, "Samma mål")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:retention.already-held"));
        mvc.perform(post("/retention/holds")
                        .with(UiLogin.as(mvc, "ic"))
                        .with(csrf())
                        .param("recordType", "CONCERN")
                        .param("reference", reference)
                        .param("reason", "Samma mål"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#hold-reference\"")))
                .andExpect(content().string(containsString("är redan undantaget från gallring")));
        mvc.perform(get("/retention").with(UiLogin.as(mvc, "gruppchef")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)))
                .andExpect(content().string(containsString("Häv undantaget för " + reference)));
        mvc.perform(post(API + "/holds/" + id + "/release")
                        .with(httpBasic("gruppchef", "demo"))
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isConflict());
        mvc.perform(post(API + "/holds/" + id + "/release")
                        .with(httpBasic("gruppchef", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(post(API + "/holds/" + id + "/release")
                        .with(httpBasic("gruppchef", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 1}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:retention.hold-released"));
    }

    @Test
    void thePagesShowRulesHoldsTheLastRunAndADryRun() throws Exception {
        mvc.perform(get("/retention").with(UiLogin.as(mvc, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Barn med avslutade ärenden")))
                .andExpect(content().string(containsString("Ändra regeln för Konsultationer")))
                .andExpect(content().string(containsString("<caption>Gallringsregler per slag av uppgift</caption>")));
        mvc.perform(get("/retention").with(UiLogin.as(mvc, "ic")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Ändra regeln för"))));
        mvc.perform(get("/retention/dry-run").param("asOf", "2099-01-01").with(UiLogin.as(mvc, "gruppchef")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Om gallringen kördes 2099-01-01")))
                .andExpect(content().string(containsString("Skulle gallras")));
        mvc.perform(get("/retention/dry-run").param("asOf", "2001-01-01").with(UiLogin.as(mvc, "gruppchef")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#dry-run-asOf\"")));
        mvc.perform(get(API + "/dry-run").param("asOf", "2099-01-01").with(httpBasic("ic", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.id").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.counts.length()").value(5));
        mvc.perform(get("/").with(UiLogin.as(mvc, "admin")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/start/administrator").with(UiLogin.as(mvc, "admin")))
                .andExpect(content().string(containsString("href=\"/retention\"")));
    }
}
