package se.traden.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.traden.support.IntegrationTest;
import se.traden.support.UiLogin;

/**
 * SQL injection through the search and filter parameters: the child search (by name and by number, UI and
 * API), the access-log search, the disclosure ledger's filters, the deviation register's filters and the
 * plan comparison. Every payload is either refused as malformed (400) or searched for literally: it finds
 * nothing it should not, fails nothing, and the schema is untouched afterwards.
 */
class SqlInjectionTest extends IntegrationTest {

    @Test
    void theChildSearchTakesNamesLiterally() throws Exception {
        registeredChild();
        for (String payload : Hostile.SQL_PAYLOADS) {
            MockHttpServletResponse byName = api(
                    "ic",
                    post("/api/v1/people/search")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(HostileJson.write(Map.of("name", payload))));
            assertThat(byName.getStatus()).as(payload).isIn(200, 400);
            if (byName.getStatus() == 200) {
                assertThat((Integer) JsonPath.read(byName.getContentAsString(), "$.total"))
                        .as("no child is named %s", payload)
                        .isZero();
            }
            MockHttpServletResponse byNumber = api(
                    "ic",
                    post("/api/v1/people/search")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(HostileJson.write(Map.of("personalNumber", payload))));
            assertThat(byNumber.getStatus()).as(payload).isEqualTo(400);
            MockHttpServletResponse page = mvc.perform(post("/people/search")
                            .with(UiLogin.as(mvc, "ic"))
                            .with(csrf())
                            .param("name", payload))
                    .andReturn()
                    .getResponse();
            assertThat(page.getStatus()).as(payload).isEqualTo(200);
        }
        // The wildcards of like are matched as characters, not as "anything".
        for (String wildcard : List.of("%", "_", "%%", "\\")) {
            MockHttpServletResponse response = api(
                    "ic",
                    post("/api/v1/people/search")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(HostileJson.write(Map.of("name", wildcard))));
            if (response.getStatus() == 200) {
                assertThat((Integer) JsonPath.read(response.getContentAsString(), "$.total"))
                        .as(wildcard)
                        .isZero();
            }
        }
        assertSchemaUntouched();
    }

    @Test
    void theAccessLogSearchTakesItsParametersLiterallyOrRefusesThem() throws Exception {
        var failures = new ArrayList<String>();
        for (String payload : Hostile.SQL_PAYLOADS) {
            for (String parameter : List.of(
                    "username",
                    "recordType",
                    "recordId",
                    "personId",
                    "staffId",
                    "from",
                    "to",
                    "outcome",
                    "function",
                    "after",
                    "limit")) {
                MockHttpServletResponse response =
                        api("loggranskare", get("/api/v1/audit/entries").param(parameter, payload));
                int status = response.getStatus();
                if (status == 200) {
                    List<?> entries = JsonPath.read(response.getContentAsString(), "$.entries");
                    if (!entries.isEmpty()) {
                        failures.add(parameter + "=" + payload + " found " + entries.size() + " entries");
                    }
                } else if (status != 400) {
                    failures.add(parameter + "=" + payload + " -> " + status);
                }
                int page = mvc.perform(get("/audit").param(parameter, payload).with(UiLogin.as(mvc, "loggranskare")))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                if (page != 200 && page != 400) {
                    failures.add("page " + parameter + "=" + payload + " -> " + page);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertSchemaUntouched();
    }

    @Test
    void listFiltersRefuseWhatIsNotTheirType() throws Exception {
        var failures = new ArrayList<String>();
        String caseId = new se.traden.support.CaseFixtures(mvc, jdbc).anActivatedCase(registeredChild(), "cm1");
        for (String payload : Hostile.SQL_PAYLOADS) {
            expect(failures, "ic", get("/api/v1/disclosures").param("person", payload), 400);
            expect(failures, "ic", get("/api/v1/disclosures").param("basis", payload), 400);
            expect(failures, "ic", get("/api/v1/disclosures").param("from", payload), 400);
            expectOneOf(failures, "gruppchef", get("/api/v1/quality/deviations").param("status", payload));
            expectOneOf(failures, "gruppchef", get("/api/v1/quality/deviations").param("year", payload));
            expect(
                    failures,
                    "cm1",
                    get("/api/v1/cases/" + caseId + "/plan/compare").param("from", payload),
                    400);
        }
        assertThat(failures).isEmpty();
        assertSchemaUntouched();
    }

    private void expect(List<String> failures, String user, MockHttpServletRequestBuilder request, int expected)
            throws Exception {
        MockHttpServletResponse response = api(user, request);
        if (response.getStatus() != expected) {
            failures.add(response.getStatus() + " " + response.getContentAsString());
        }
    }

    /** A filter that is text in the address: refused (400), or matching nothing (200 with an empty list). */
    private void expectOneOf(List<String> failures, String user, MockHttpServletRequestBuilder request)
            throws Exception {
        MockHttpServletResponse response = api(user, request);
        boolean emptyList =
                response.getStatus() == 200 && response.getContentAsString().equals("[]");
        if (response.getStatus() != 400 && !emptyList) {
            failures.add(response.getStatus() + " " + response.getContentAsString());
        }
    }

    private MockHttpServletResponse api(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo"))).andReturn().getResponse();
    }

    /** The payloads dropped, deleted and truncated nothing: the tables are there and still hold rows. */
    private void assertSchemaUntouched() {
        for (String table : List.of("person", "collab_case", "account", "access_log")) {
            assertThat(jdbc.sql("select count(*) from " + table)
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isPositive();
        }
    }
}
