package se.traden.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessLog;
import se.traden.shared.Actor;
import se.traden.shared.FunctionType;
import se.traden.shared.RecordRef;
import se.traden.support.IntegrationTest;

/**
 * The municipality is the secrecy boundary of the log too: Sjöstad's log auditor never sees an entry of
 * Åby, whatever the search, and Åby's auditor (the demo has none, so the test appoints one) sees only
 * Åby's.
 */
class AccessLogReviewTenancyTest extends IntegrationTest {

    @Autowired
    AccessLog accessLog;

    @Autowired
    TransactionTemplate transactions;

    UUID aby;
    Actor abyAuditor;
    UUID abyChild;
    String abyRecord;
    UUID sjostadChild;

    @BeforeEach
    void eachMunicipalityReadsAChild() {
        var fixtures = new AuditFixtures(jdbc);
        aby = fixtures.municipalityByCode("aby");
        abyAuditor = fixtures.staff(aby, FunctionType.LOG_AUDITOR, "Åke Åbygranskare");
        abyChild = UUID.randomUUID();
        abyRecord = "aby-" + UUID.randomUUID();
        sjostadChild = UUID.randomUUID();
        Actor abyCoordinator = fixtures.demoUser("aby-ic", FunctionType.INDIVIDUAL_COORDINATOR);
        Actor sjostadCoordinator = fixtures.demoUser("ic", FunctionType.INDIVIDUAL_COORDINATOR);
        transactions.executeWithoutResult(tx -> {
            accessLog.record(
                    abyCoordinator,
                    FunctionType.INDIVIDUAL_COORDINATOR,
                    AccessAction.READ,
                    RecordRef.ofPerson("person", abyRecord, abyChild));
            accessLog.record(
                    sjostadCoordinator,
                    FunctionType.INDIVIDUAL_COORDINATOR,
                    AccessAction.READ,
                    RecordRef.ofPerson("person", "sjostad-" + sjostadChild, sjostadChild));
        });
    }

    @Test
    void sjostadsAuditorFindsNothingOfAby() throws Exception {
        String newest = sjostad("limit=200").andReturn().getResponse().getContentAsString();
        List<String> usernames = JsonPath.read(newest, "$.entries[*].username");
        assertThat(usernames).isNotEmpty().doesNotContain("aby-ic", abyAuditor.username());
        // before any search names Åby's child: a search is logged with the person searched for
        List<String> persons = JsonPath.read(newest, "$.entries[*].personId");
        assertThat(persons).contains(sjostadChild.toString()).doesNotContain(abyChild.toString());

        sjostad("personId=" + abyChild).andExpect(status().isOk()).andExpect(jsonPath("$.entries", hasSize(0)));
        sjostad("recordType=person&recordId=" + abyRecord).andExpect(jsonPath("$.entries", hasSize(0)));
        sjostad("username=aby-ic").andExpect(jsonPath("$.entries", hasSize(0)));
        sjostad("username=" + abyAuditor.username()).andExpect(jsonPath("$.entries", hasSize(0)));

        mvc.perform(get("/audit").param("personId", abyChild.toString()).with(SessionLogin.as(mvc, "loggranskare")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("(aby-ic)"))))
                .andExpect(content().string(not(containsString(abyRecord))));
    }

    @Test
    void abysAuditorSeesAbyOnly() throws Exception {
        aby("personId=" + abyChild)
                .andExpect(jsonPath("$.entries", hasSize(1)))
                .andExpect(jsonPath("$.entries[0].recordId").value(abyRecord))
                .andExpect(jsonPath("$.entries[0].username").value("aby-ic"));
        aby("personId=" + sjostadChild).andExpect(jsonPath("$.entries", hasSize(0)));
        aby("username=ic").andExpect(jsonPath("$.entries", hasSize(0)));

        long abyEntries = accessLogCount("municipality_id = ?", aby);
        mvc.perform(post("/api/v1/audit/verification").with(httpBasic(abyAuditor.username(), "demo")))
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.entriesChecked").value(abyEntries));
    }

    @Test
    void aSearchIsLoggedInTheSearchersOwnMunicipality() throws Exception {
        aby("personId=" + abyChild).andExpect(status().isOk());
        assertThat(accessLogCount(
                        "municipality_id = ? and username = ? and action = 'SEARCH' and person_id = ?",
                        aby,
                        abyAuditor.username(),
                        abyChild))
                .isOne();
    }

    private org.springframework.test.web.servlet.ResultActions sjostad(String query) throws Exception {
        return mvc.perform(get("/api/v1/audit/entries?" + query).with(httpBasic("loggranskare", "demo")));
    }

    private org.springframework.test.web.servlet.ResultActions aby(String query) throws Exception {
        return mvc.perform(get("/api/v1/audit/entries?" + query).with(httpBasic(abyAuditor.username(), "demo")));
    }
}
