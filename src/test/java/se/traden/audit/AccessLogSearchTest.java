package se.traden.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessLog;
import se.traden.shared.Actor;
import se.traden.shared.FunctionType;
import se.traden.shared.RecordRef;
import se.traden.support.IntegrationTest;

/** The search of the access log, in a municipality of its own with a handful of known entries. */
class AccessLogSearchTest extends IntegrationTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Autowired
    AccessLog accessLog;

    @Autowired
    TransactionTemplate transactions;

    UUID municipality;
    Actor auditor;
    Actor caseManager;
    Actor coordinator;
    UUID firstChild;
    UUID secondChild;
    String plan;
    String caseId;

    @BeforeEach
    void aMunicipalityWithAFewAccesses() {
        var fixtures = new AuditFixtures(jdbc);
        municipality = fixtures.municipality();
        auditor = fixtures.staff(municipality, FunctionType.LOG_AUDITOR, "Greta Granskare");
        caseManager = fixtures.staff(municipality, FunctionType.CASE_MANAGER, "Carl Case");
        coordinator = fixtures.staff(municipality, FunctionType.INDIVIDUAL_COORDINATOR, "Ines Koordinator");
        firstChild = UUID.randomUUID();
        secondChild = UUID.randomUUID();
        plan = "plan-" + UUID.randomUUID();
        caseId = "case-" + UUID.randomUUID();

        allowed(
                caseManager,
                FunctionType.CASE_MANAGER,
                AccessAction.READ,
                RecordRef.ofPerson("person", firstChild, firstChild));
        allowed(
                caseManager,
                FunctionType.CASE_MANAGER,
                AccessAction.UPDATE,
                RecordRef.ofPerson("plan", plan, firstChild));
        allowed(
                coordinator,
                FunctionType.INDIVIDUAL_COORDINATOR,
                AccessAction.UPDATE,
                RecordRef.ofPerson("case", caseId, secondChild));
        accessLog.denied(
                caseManager,
                AccessAction.READ,
                RecordRef.ofPerson("person", secondChild, secondChild),
                "not in the case");
        allowed(
                caseManager,
                FunctionType.CASE_MANAGER,
                AccessAction.READ,
                RecordRef.ofPerson("person", firstChild, firstChild));
    }

    @Test
    void byPersonNewestFirstAndTheSearchIsItselfLogged() throws Exception {
        api("personId=" + firstChild)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries", hasSize(3)))
                .andExpect(jsonPath("$.entries[*].action", contains("READ", "UPDATE", "READ")))
                .andExpect(jsonPath("$.entries[*].recordType", contains("person", "plan", "person")))
                .andExpect(jsonPath("$.entries[0].staffName").value("Carl Case"))
                .andExpect(jsonPath("$.entries[0].actingFunction").value("CASE_MANAGER"))
                .andExpect(jsonPath("$.entries[0].outcome").value("ALLOWED"))
                .andExpect(jsonPath("$.entries[0].personId").value(firstChild.toString()))
                .andExpect(jsonPath("$.next").value(nullValue()));

        assertThat(accessLogCount(
                        "municipality_id = ? and username = ? and action = 'SEARCH' and record_type = 'access_log'"
                                + " and person_id = ? and outcome = 'ALLOWED' and acting_function = 'LOG_AUDITOR'",
                        municipality,
                        auditor.username(),
                        firstChild))
                .isOne();
    }

    @Test
    void byUsernameAndByStaff() throws Exception {
        api("username=" + coordinator.username())
                .andExpect(jsonPath("$.entries", hasSize(1)))
                .andExpect(jsonPath("$.entries[0].recordId").value(caseId));
        api("staffId=" + caseManager.staffId())
                .andExpect(jsonPath("$.entries", hasSize(4)))
                .andExpect(jsonPath("$.entries[*].staffName", not(contains("Ines Koordinator"))));
    }

    @Test
    void byRecordTypeAndId() throws Exception {
        api("recordType=plan&recordId=" + plan)
                .andExpect(jsonPath("$.entries", hasSize(1)))
                .andExpect(jsonPath("$.entries[0].action").value("UPDATE"));
        api("recordType=person&outcome=ALLOWED&username=" + caseManager.username())
                .andExpect(jsonPath("$.entries", hasSize(2)));
    }

    @Test
    void byOutcomeAndByActingFunction() throws Exception {
        api("outcome=DENIED&staffId=" + caseManager.staffId())
                .andExpect(jsonPath("$.entries", hasSize(1)))
                .andExpect(jsonPath("$.entries[0].outcome").value("DENIED"))
                .andExpect(jsonPath("$.entries[0].reason").value("not in the case"))
                .andExpect(jsonPath("$.entries[0].actingFunction").value(nullValue()));
        api("function=INDIVIDUAL_COORDINATOR")
                .andExpect(jsonPath("$.entries", hasSize(1)))
                .andExpect(jsonPath("$.entries[0].staffName").value("Ines Koordinator"));
    }

    @Test
    void byPeriodInWholeSwedishDays() throws Exception {
        api("personId=" + firstChild + "&from=" + TODAY + "&to=" + TODAY).andExpect(jsonPath("$.entries", hasSize(3)));
        api("personId=" + firstChild + "&to=" + TODAY.minusDays(1)).andExpect(jsonPath("$.entries", hasSize(0)));
        api("personId=" + firstChild + "&from=" + TODAY.plusDays(1)).andExpect(jsonPath("$.entries", hasSize(0)));
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() throws Exception {
        List<Integer> ids = new ArrayList<>();
        String after = "";
        int pages = 0;
        do {
            String body = api("staffId=" + caseManager.staffId() + "&limit=3"
                            + (after.isEmpty() ? "" : "&after=" + after))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            ids.addAll(JsonPath.read(body, "$.entries[*].id"));
            String next = JsonPath.read(body, "$.next");
            after = next == null ? "" : next;
            pages++;
        } while (!after.isEmpty());
        assertThat(pages).isEqualTo(2);
        assertThat(ids).hasSize(4).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    void invalidCriteriaAreAnsweredFieldByField() throws Exception {
        api("personId=19121212-1212&from=" + TODAY + "&to=" + TODAY.minusDays(3) + "&function=WIZARD")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:invalid-input"))
                .andExpect(jsonPath("$.errors[*].field", contains("personId", "function")));
        api("from=" + TODAY + "&to=" + TODAY.minusDays(3))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].code").value("audit.period-reversed"));
        api("recordId=x")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recordType"));
        api("limit=1000")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
        api("after=yesterday")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("after"));
    }

    @Test
    void thePageShowsTheEntriesInSwedish() throws Exception {
        mvc.perform(get("/audit")
                        .param("personId", firstChild.toString())
                        .param("limit", "2")
                        .with(session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Loggposter, nyast först")))
                .andExpect(content().string(containsString("Carl Case")))
                .andExpect(content().string(containsString("Case manager")))
                .andExpect(content().string(containsString("Ändrade")))
                .andExpect(content().string(containsString("Tillåten")))
                .andExpect(content()
                        .string(matchesPattern(
                                "(?s).*<time datetime=\"[^\"]+\">\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}</time>.*")))
                .andExpect(content().string(containsString("rel=\"next\"")))
                // a GET search puts no CSRF token into addresses
                .andExpect(content().string(not(matchesPattern("(?s).*role=\"search\">((?!</form>).)*_csrf.*"))));
    }

    @Test
    void anEntryOfTradensOwnJobIsNamedAsSuchNotAsUnknownStaff() throws Exception {
        UUID thinned = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> accessLog.recordBySystem(
                new se.traden.shared.MunicipalityId(municipality),
                "system:retention",
                AccessAction.DELETE,
                RecordRef.ofPerson("person", thinned, thinned),
                "thinned after the retention period"));
        mvc.perform(get("/audit").param("personId", thinned.toString()).with(session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tråden (automatiskt jobb)")))
                .andExpect(content().string(containsString("(system:retention)")))
                .andExpect(content().string(not(containsString("Okänd personal"))));
    }

    @Test
    void aBareVisitShowsTheFormAndSearchesNothing() throws Exception {
        long before = accessLogCount("municipality_id = ?", municipality);
        mvc.perform(get("/audit").with(session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sök i åtkomstloggen")))
                .andExpect(content().string(not(containsString("Loggposter, nyast först"))));
        assertThat(accessLogCount("municipality_id = ?", municipality)).isEqualTo(before);
    }

    @Test
    void thePageShowsInvalidCriteriaNextToTheFields() throws Exception {
        mvc.perform(get("/audit")
                        .param("from", TODAY.toString())
                        .param("to", TODAY.minusDays(1).toString())
                        .with(session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"error-summary\"")))
                .andExpect(content().string(containsString("href=\"#to\"")))
                .andExpect(content().string(containsString("id=\"to-error\"")))
                .andExpect(content().string(containsString("Till-datum kan inte vara före från-datum")));
    }

    @Test
    void theDeniedViewListsTheRefusalsOfThePeriod() throws Exception {
        mvc.perform(get("/audit/denied").with(session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nekade försök, nyast först")))
                .andExpect(content().string(containsString("not in the case")))
                .andExpect(content().string(not(containsString(plan))));
        mvc.perform(get("/audit/denied")
                        .param("to", TODAY.minusDays(1).toString())
                        .with(session()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("not in the case"))));
    }

    private org.springframework.test.web.servlet.ResultActions api(String query) throws Exception {
        MockHttpServletRequestBuilder request =
                get("/api/v1/audit/entries?" + query).with(httpBasic(auditor.username(), "demo"));
        return mvc.perform(request);
    }

    /** The auditor's logged-in session. */
    private org.springframework.test.web.servlet.request.RequestPostProcessor session() {
        return SessionLogin.as(mvc, auditor.username());
    }

    private void allowed(Actor actor, FunctionType as, AccessAction action, RecordRef record) {
        transactions.executeWithoutResult(tx -> accessLog.record(actor, as, action, record));
    }
}
