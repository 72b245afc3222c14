package se.traden.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.traden.support.ConcernFixtures;
import se.traden.support.IntegrationTest;
import se.traden.support.UiLogin;

/**
 * Who may do what with retention, endpoint by endpoint and page by page, for every function of the demo
 * municipality: the administrator, the group manager and the coordinator read the rules, holds, reports
 * and dry runs; only the administrator changes a rule; the three of them place and release holds; every
 * other function is refused, and each refusal is logged. Another municipality's hold is not there.
 */
class RetentionAccessTest extends IntegrationTest {
    static final String API = "/api/v1/retention";

    ResultActions api(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }

    ResultActions page(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(UiLogin.as(mvc, user)).with(csrf()));
    }

    ResultActions json(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        return api(user, request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long denied(String user) {
        return accessLogCount("username = ? and outcome = 'DENIED'", user);
    }

    /** A fresh concern from the school, to hold; returns its number. */
    String aConcernReference() throws Exception {
        String id = new ConcernFixtures(mvc).fromSchool(false);
        return jdbc.sql("select reference from concern where id = ?::uuid")
                .param(id)
                .query(String.class)
                .single();
    }

    String hold(String user, String reference) throws Exception {
        return JsonPath.read(
                json(user, post(API + "/holds"), """
                                {"recordType": "CONCERN", "reference": "%s", "reason": "Begäran om utlämnande av akten"}""".formatted(reference))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    long ruleVersion(String type) throws Exception {
        Number v = JsonPath.read(
                api("admin", get(API + "/rules/" + type))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.version");
        return v.longValue();
    }

    @ParameterizedTest(name = "{0}: reads {1}")
    @CsvSource({
        "admin, true",
        "gruppchef, true",
        "ic, true",
        "cm1, false",
        "handlaggare, false",
        "mottagning, false",
        "socialjour, false",
        "skola, false",
        "polis, false",
        "styrgrupp, false",
        "loggranskare, false"
    })
    void readingRulesHoldsRunsAndDryRuns(String user, boolean reads) throws Exception {
        int expected = reads ? 200 : 403;
        long denied = denied(user);
        api(user, get(API + "/rules")).andExpect(status().is(expected));
        api(user, get(API + "/rules/CLOSED_CASE")).andExpect(status().is(expected));
        api(user, get(API + "/runs")).andExpect(status().is(expected));
        api(user, get(API + "/dry-run")).andExpect(status().is(expected));
        api(user, get(API + "/holds")).andExpect(status().is(expected));
        page(user, get("/retention")).andExpect(status().is(expected));
        page(user, get("/retention/dry-run")).andExpect(status().is(expected));
        assertThat(denied(user)).isEqualTo(reads ? denied : denied + 7);
    }

    @ParameterizedTest(name = "{0}: changes rules {1}")
    @CsvSource({
        "admin, true",
        "gruppchef, false",
        "ic, false",
        "cm1, false",
        "handlaggare, false",
        "mottagning, false",
        "socialjour, false",
        "skola, false",
        "polis, false",
        "styrgrupp, false",
        "loggranskare, false"
    })
    void changingARule(String user, boolean changes) throws Exception {
        long denied = denied(user);
        long version = ruleVersion("CONSULTATION");
        json(user, put(API + "/rules/CONSULTATION").header("If-Match", "\"" + version + "\""), """
                        {"enabled": true, "yearsAfterLastEntry": 6, "keepUntilAge": null, "keepResearchSample": false}""")
                .andExpect(status().is(changes ? 200 : 403));
        page(user, get("/retention/rules/CONSULTATION/edit")).andExpect(status().is(changes ? 200 : 403));
        page(
                        user,
                        post("/retention/rules/CONSULTATION")
                                .param("version", String.valueOf(ruleVersion("CONSULTATION")))
                                .param("enabled", "true")
                                .param("yearsAfterLastEntry", "5"))
                .andExpect(changes ? status().is3xxRedirection() : status().isForbidden());
        if (changes) {
            assertThat(accessLogCount(
                            "username = ? and record_type = 'retention-rule' and record_id = 'CONSULTATION'"
                                    + " and action = 'UPDATE' and outcome = 'ALLOWED'",
                            user))
                    .isGreaterThanOrEqualTo(2);
        } else {
            assertThat(denied(user)).isEqualTo(denied + 3);
        }
    }

    @ParameterizedTest(name = "{0}: keeps holds {1}")
    @CsvSource({
        "admin, true",
        "gruppchef, true",
        "ic, true",
        "cm1, false",
        "handlaggare, false",
        "mottagning, false",
        "socialjour, false",
        "skola, false",
        "polis, false",
        "styrgrupp, false",
        "loggranskare, false"
    })
    void placingAndReleasingHolds(String user, boolean keeps) throws Exception {
        String reference = aConcernReference();
        long denied = denied(user);
        if (keeps) {
            String id = hold(user, reference);
            api(user, get(API + "/holds")).andExpect(jsonPath("$[*].id").value(hasItem(id)));
            json(user, post(API + "/holds/" + id + "/release").header("If-Match", "\"0\""), "{}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.releasedAt").isNotEmpty());
            page(user, get("/retention/holds/new")).andExpect(status().isOk());
            page(
                            user,
                            post("/retention/holds")
                                    .param("recordType", "CONCERN")
                                    .param("reference", reference)
                                    .param("reason", "Pågående tillsyn"))
                    .andExpect(status().is3xxRedirection());
            String again = jdbc.sql("select id::text from retention_hold where reference = ? and released_at is null")
                    .param(reference)
                    .query(String.class)
                    .single();
            page(user, post("/retention/holds/" + again + "/release").param("version", "0"))
                    .andExpect(status().is3xxRedirection());
            assertThat(accessLogCount("username = ? and record_type = 'retention-hold' and outcome = 'ALLOWED'", user))
                    .isGreaterThanOrEqualTo(4);
        } else {
            String id = hold("ic", reference);
            json(user, post(API + "/holds"), """
                            {"recordType": "CONCERN", "reference": "%s", "reason": "x"}""".formatted(reference)).andExpect(status().isForbidden());
            json(user, post(API + "/holds/" + id + "/release").header("If-Match", "\"0\""), "{}")
                    .andExpect(status().isForbidden());
            page(user, get("/retention/holds/new")).andExpect(status().isForbidden());
            page(
                            user,
                            post("/retention/holds")
                                    .param("recordType", "CONCERN")
                                    .param("reference", reference)
                                    .param("reason", "x"))
                    .andExpect(status().isForbidden());
            page(user, post("/retention/holds/" + id + "/release").param("version", "0"))
                    .andExpect(status().isForbidden());
            assertThat(denied(user)).isEqualTo(denied + 5);
            json("ic", post(API + "/holds/" + id + "/release").header("If-Match", "\"0\""), "{}")
                    .andExpect(status().isOk());
        }
    }

    @org.junit.jupiter.api.Test
    void anotherMunicipalitysHoldsAndRecordsAreNotThere() throws Exception {
        String reference = aConcernReference();
        String id = hold("gruppchef", reference);
        api("aby-admin", get(API + "/holds"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(not(hasItem(id))));
        long denied = denied("aby-admin");
        json("aby-admin", post(API + "/holds/" + id + "/release").header("If-Match", "\"0\""), "{}")
                .andExpect(status().isNotFound());
        assertThat(denied("aby-admin")).isEqualTo(denied + 1);
        json("aby-admin", post(API + "/holds"), """
                        {"recordType": "CONCERN", "reference": "%s", "reason": "Begäran"}""".formatted(reference))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reference"))
                .andExpect(jsonPath("$.errors[0].code").value("retention.reference-not-found"));
        api("aby-ic", get(API + "/rules")).andExpect(status().isOk());
        json("gruppchef", post(API + "/holds/" + id + "/release").header("If-Match", "\"0\""), "{}")
                .andExpect(status().isOk());
    }
}
