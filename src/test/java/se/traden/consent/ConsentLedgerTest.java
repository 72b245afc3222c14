package se.traden.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import se.traden.disclosure.Direction;
import se.traden.disclosure.DisclosureContext;
import se.traden.disclosure.DisclosureEntry;
import se.traden.disclosure.DisclosureLedger;
import se.traden.disclosure.InformationCategory;
import se.traden.disclosure.LegalBasis;
import se.traden.disclosure.NewDisclosure;
import se.traden.disclosure.Party;
import se.traden.disclosure.PartyKind;
import se.traden.shared.Actor;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.MunicipalityId;
import se.traden.shared.StaffId;
import se.traden.support.CaseFixtures;
import se.traden.support.IntegrationTest;

/**
 * The ledger takes consent as the basis of a disclosure only when a recorded consent covers it: the
 * same person, a recipient it names, every category, given by then and not withdrawn. Without consent
 * the case shows the secrecy-breaking basis its latest ledger entry for the party rests on.
 */
class ConsentLedgerTest extends IntegrationTest {
    static final Party US = new Party("Sjöstads kommun", PartyKind.SOCIAL_SERVICES, "Case manager");
    static final Party SCHOOL = new Party("sjöskolan ", PartyKind.SCHOOL, "Elevhälsan");
    static final Party POLICE = new Party("Polisen", PartyKind.POLICE, "Områdespolis");

    @Autowired
    DisclosureLedger ledger;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    CaseFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CaseFixtures(mvc, jdbc);
    }

    @AfterEach
    void noActor() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theLedgerAcceptsConsentOnlyWhileARecordedConsentCoversTheDisclosure() throws Exception {
        UUID child = registeredChild();
        String caseId = fixtures.anActivatedCase("cm1", child);
        String body = mvc.perform(post("/api/v1/cases/" + caseId + "/consents")
                        .with(httpBasic("cm1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"givers": ["%s"], "categories": ["SCHOOL", "FAMILY"],
                                 "recipients": [{"organisation": "Sjöskolan", "kind": "SCHOOL"},
                                                {"organisation": "Polisen", "kind": "POLICE"}],
                                 "purpose": "Samordna stödet", "givenOn": "%s", "method": "ORAL",
                                 "notedBy": "Kim Case manager"}""".formatted(child, LocalDate.now(clock))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        UUID consent = UUID.fromString(JsonPath.read(body, "$.id"));
        String police = JsonPath.read(body, "$.recipients[1].id");

        assertThat(as("cm1", () -> ledger.record(byConsent(caseId, child, consent, SCHOOL, InformationCategory.SCHOOL)))
                        .basis())
                .isEqualTo(LegalBasis.CONSENT);
        refused(byConsent(caseId, child, consent, SCHOOL, InformationCategory.HEALTH));
        refused(byConsent(
                caseId, child, consent, new Party("Norrskolan", PartyKind.SCHOOL, null), InformationCategory.SCHOOL));
        refused(byConsent(caseId, registeredChild(), consent, SCHOOL, InformationCategory.SCHOOL));
        refused(byConsent(caseId, child, UUID.randomUUID(), SCHOOL, InformationCategory.SCHOOL));
        as("cm1", () -> ledger.record(byConsent(caseId, child, consent, POLICE, InformationCategory.FAMILY)));

        mvc.perform(post("/api/v1/cases/" + caseId + "/consents/" + consent + "/withdrawal")
                        .with(httpBasic("cm1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"communicatedBy\": \"Testbarn\", \"recipientIds\": [\"" + police + "\"]}"))
                .andExpect(status().isOk());
        // Withdrawn with immediate effect: the police are no longer covered, the school still is.
        refused(byConsent(caseId, child, consent, POLICE, InformationCategory.FAMILY));
        as("cm1", () -> ledger.record(byConsent(caseId, child, consent, SCHOOL, InformationCategory.FAMILY)));

        // Sharing with the police now needs a secrecy-breaking basis of its own, entry by entry.
        DisclosureEntry byLaw = as("cm1", () -> ledger.record(toPoliceUnder15a(caseId, child)));
        mvc.perform(get("/api/v1/cases/" + caseId + "/consents").with(httpBasic("cm1", "demo")))
                .andExpect(jsonPath("$.mode").value("CONSENT"))
                .andExpect(jsonPath("$.actors[0].organisation").value("Sjöskolan"))
                .andExpect(jsonPath("$.actors[0].basis").value("CONSENT"))
                .andExpect(jsonPath("$.actors[1].organisation").value("Polisen"))
                .andExpect(jsonPath("$.actors[1].basis").value("LEDGER"))
                .andExpect(jsonPath("$.actors[1].legalBasis").value("OSL_10_15A"))
                .andExpect(
                        jsonPath("$.actors[1].ledgerEntryId").value(byLaw.id().toString()));

        mvc.perform(post("/api/v1/cases/" + caseId + "/consents/" + consent + "/withdrawal")
                        .with(httpBasic("cm1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"communicatedBy\": \"Testbarn\"}"))
                .andExpect(status().isOk());
        refused(byConsent(caseId, child, consent, SCHOOL, InformationCategory.SCHOOL));
        mvc.perform(get("/api/v1/cases/" + caseId + "/consents").with(httpBasic("cm1", "demo")))
                .andExpect(jsonPath("$.mode").value("INTERNAL_COORDINATION"))
                .andExpect(jsonPath("$.actors[0].basis").value("NONE"))
                .andExpect(jsonPath("$.actors[1].basis").value("LEDGER"));
    }

    void refused(NewDisclosure disclosure) {
        assertThatThrownBy(() -> as("cm1", () -> ledger.record(disclosure)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.code())
                                .contains("disclosure.consent-missing"));
    }

    NewDisclosure byConsent(String caseId, UUID person, UUID consent, Party to, InformationCategory category) {
        return new NewDisclosure(
                Direction.OUT,
                Instant.now(clock).minus(2, ChronoUnit.MINUTES),
                person,
                DisclosureContext.ofCase(UUID.fromString(caseId), null),
                US,
                to,
                EnumSet.of(category),
                LegalBasis.CONSENT,
                null,
                false,
                false,
                consent,
                null,
                null,
                FunctionType.CASE_MANAGER,
                "Närvaro och stöd",
                null);
    }

    NewDisclosure toPoliceUnder15a(String caseId, UUID person) {
        return new NewDisclosure(
                Direction.OUT,
                Instant.now(clock).minus(1, ChronoUnit.MINUTES),
                person,
                DisclosureContext.ofCase(UUID.fromString(caseId), null),
                US,
                POLICE,
                Set.of(InformationCategory.CRIME_AND_POLICE),
                LegalBasis.OSL_10_15A,
                "Risk för fortsatt brottslighet väger tyngre än sekretessen i detta fall.",
                false,
                true,
                null,
                null,
                null,
                FunctionType.CASE_MANAGER,
                "Uppgift om nya kontakter",
                null);
    }

    /** Runs the work in one transaction as the demo case manager, as a request would. */
    <T> T as(String username, Supplier<T> work) {
        Map<String, Object> row = jdbc.sql("select staff_id, municipality_id from account where username = ?")
                .param(username)
                .query()
                .singleRow();
        var actor = new Actor(
                new StaffId((UUID) row.get("staff_id")),
                new MunicipalityId((UUID) row.get("municipality_id")),
                username,
                "Kim",
                Set.of(FunctionType.CASE_MANAGER));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(actor, null));
        try {
            return transactions.execute(tx -> work.get());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
