package se.traden.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import se.traden.support.TestDatabase;

/**
 * The verification page and API, on a municipality of the test's own: intact first, then with one
 * entry altered the way only someone with the database owner's powers could.
 */
class AccessLogVerificationPageTest extends IntegrationTest {

    @Autowired
    AccessLog accessLog;

    @Autowired
    TransactionTemplate transactions;

    UUID municipality;
    Actor auditor;

    @BeforeEach
    void aMunicipalityWithFiveEntries() {
        var fixtures = new AuditFixtures(jdbc);
        municipality = fixtures.municipality();
        auditor = fixtures.staff(municipality, FunctionType.LOG_AUDITOR, "Vera Verifierare");
        Actor caseManager = fixtures.staff(municipality, FunctionType.CASE_MANAGER, "Carl Case");
        for (int i = 1; i <= 5; i++) {
            int n = i;
            transactions.executeWithoutResult(tx -> accessLog.record(
                    caseManager, FunctionType.CASE_MANAGER, AccessAction.READ, RecordRef.of("person", "p" + n)));
        }
    }

    @Test
    void theApiReportsAnIntactChainWithTheNumberOfEntriesChecked() throws Exception {
        long entries = accessLogCount("municipality_id = ?", municipality);
        mvc.perform(post("/api/v1/audit/verification").with(httpBasic(auditor.username(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.entriesChecked").value(entries))
                .andExpect(jsonPath("$.firstBrokenSeq").isEmpty())
                .andExpect(jsonPath("$.firstBrokenId").isEmpty())
                .andExpect(jsonPath("$.problem").isEmpty())
                .andExpect(jsonPath("$.message").value("Loggen är oförändrad: " + entries + " poster kontrollerade."));
        // the run itself is written down
        assertThat(accessLogCount(
                        "municipality_id = ? and username = ? and action = 'READ' and record_type = 'access_log'"
                                + " and record_id = 'verification'",
                        municipality,
                        auditor.username()))
                .isOne();
    }

    @Test
    void thePageOffersTheButtonAndReportsAnIntactChain() throws Exception {
        mvc.perform(get("/audit/verification").with(SessionLogin.as(mvc, auditor.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Verifiera loggen nu")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        long entries = accessLogCount("municipality_id = ?", municipality);
        mvc.perform(post("/audit/verification").with(csrf()).with(SessionLogin.as(mvc, auditor.username())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Loggen är oförändrad: " + entries + " poster kontrollerade.")));
    }

    @Test
    void anAlteredEntryIsReportedWithItsSequenceNumberAndId() throws Exception {
        long alteredId = jdbc.sql("select id from access_log where municipality_id = ? and seq = 2")
                .param(municipality)
                .query(Long.class)
                .single();
        TestDatabase.tamper("update access_log set record_id = 'someone-else' where id = ?", alteredId);

        mvc.perform(post("/api/v1/audit/verification").with(httpBasic(auditor.username(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.entriesChecked").value(1))
                .andExpect(jsonPath("$.firstBrokenSeq").value(2))
                .andExpect(jsonPath("$.firstBrokenId").value(alteredId))
                .andExpect(jsonPath("$.problem").value("altered-content"));

        mvc.perform(post("/audit/verification").with(csrf()).with(SessionLogin.as(mvc, auditor.username())))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Loggen är bruten vid post nummer 2 (id " + alteredId + ")")))
                .andExpect(content().string(containsString("den har ändrats")));

        mvc.perform(post("/api/v1/audit/verification?lang=en").with(httpBasic(auditor.username(), "demo")))
                .andExpect(jsonPath("$.message", containsString("The log is broken at entry number 2")));
    }
}
