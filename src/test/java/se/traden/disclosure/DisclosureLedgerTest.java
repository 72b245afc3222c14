package se.traden.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import se.traden.shared.AccessGuard;
import se.traden.shared.Actor;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.MunicipalityId;
import se.traden.shared.StaffId;
import se.traden.support.IntegrationTest;
import se.traden.support.TestDatabase;

/**
 * The ledger itself: append-only in the database, corrections as new entries, the hooks for
 * registered dates of birth and consents, and who may read it.
 */
class DisclosureLedgerTest extends IntegrationTest {

    @Autowired
    DisclosureLedger ledger;

    @Autowired
    AccessGuard guard;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void noActor() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntry() {
        DisclosureEntry entry = as("ic", () -> ledger.record(toThePolice(UUID.randomUUID(), LegalBasis.OSL_10_2)));

        assertThatThrownBy(() -> jdbc.sql("update disclosure_entry set balancing = 'ändrad' where id = ?")
                        .param(entry.id())
                        .update())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from disclosure_entry where id = ?")
                        .param(entry.id())
                        .update())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate disclosure_entry cascade").update())
                .as("the application's role may not truncate at all")
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> TestDatabase.owner()
                        .sql("truncate disclosure_entry cascade")
                        .update())
                .as("nor may the owner, with the triggers on")
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("select balancing from disclosure_entry where id = ?")
                        .param(entry.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Behövs för bedömningen.");
    }

    @Test
    void aMistakeIsCorrectedByANewEntryThatNamesTheOldOne() throws Exception {
        UUID person = UUID.randomUUID();
        DisclosureEntry wrong = as("ic", () -> ledger.record(toThePolice(person, LegalBasis.OSL_10_2)));
        var fixed = withCorrection(
                toThePolice(person, LegalBasis.OSL_10_15A),
                new NewDisclosure.Correction(wrong.id(), "Fel grund angavs: 15 a § var grunden."));
        DisclosureEntry correction = as("ic", () -> ledger.record(fixed));

        assertThat(correction.correctsEntryId()).isEqualTo(wrong.id());
        reviewer("loggranskare", get("/api/v1/disclosures").param("person", person.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].id").value(correction.id().toString()))
                .andExpect(jsonPath("$.entries[0].correctsEntryId")
                        .value(wrong.id().toString()))
                .andExpect(jsonPath("$.entries[1].id").value(wrong.id().toString()))
                .andExpect(jsonPath("$.entries[1].basis").value("OSL_10_2"))
                .andExpect(jsonPath("$.entries[1].correctedBy[0]")
                        .value(correction.id().toString()));

        var unknown = withCorrection(
                toThePolice(person, LegalBasis.OSL_10_2), new NewDisclosure.Correction(UUID.randomUUID(), "x"));
        var noReason =
                withCorrection(toThePolice(person, LegalBasis.OSL_10_2), new NewDisclosure.Correction(wrong.id(), " "));
        assertThatThrownBy(() -> as("ic", () -> ledger.record(unknown)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.code())
                                .containsExactly("disclosure.corrected-entry-unknown"));
        assertThatThrownBy(() -> as("ic", () -> ledger.record(noReason)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.code())
                                .containsExactly("disclosure.correction-reason-required"));
    }

    @Test
    void theDeciderActsInAFunctionTheyHold() {
        long entries = count();
        var disclosure = toThePolice(UUID.randomUUID(), LegalBasis.OSL_10_2);
        var asCaseManager = new NewDisclosure(
                disclosure.direction(),
                disclosure.occurredAt(),
                disclosure.personId(),
                disclosure.context(),
                disclosure.from(),
                disclosure.to(),
                disclosure.categories(),
                disclosure.basis(),
                disclosure.balancing(),
                false,
                false,
                null,
                null,
                null,
                FunctionType.CASE_MANAGER,
                disclosure.summary(),
                null);
        assertThatThrownBy(() -> as("ic", () -> ledger.record(asCaseManager)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count()).isEqualTo(entries);
    }

    @Test
    void aRegisteredDateOfBirthGovernsTheAgeLimitOf18a() {
        UUID person = UUID.randomUUID();
        LocalDate born = LocalDate.now(clock).minusYears(22);
        PersonBirthDates register = (municipality, id) -> id.equals(person) ? Optional.of(born) : Optional.empty();
        var withRegister = new DisclosureLedger(
                new DisclosureEntries(jdbc),
                guard,
                clock,
                provider(PersonBirthDates.class, register),
                none(ConsentCoverage.class));
        // The input says 15, the register says 22: the register wins.
        var disclosure = eighteenA(person, 15);
        assertThatThrownBy(() -> as("ic", () -> withRegister.record(disclosure)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.code() + " " + v.arguments())
                                .containsExactly("disclosure.18a-age [22, 21]"));
        assertThat(as("ic", () -> ledger.record(eighteenA(UUID.randomUUID(), 15)))
                        .subjectAge())
                .isEqualTo(15);
    }

    @Test
    void consentIsABasisOnlyWhenARecordedConsentCoversTheDisclosure() {
        UUID consent = UUID.randomUUID();
        ConsentCoverage registry = (municipality, id, person, recipient, categories, day) -> id.equals(consent);
        var withConsents = new DisclosureLedger(
                new DisclosureEntries(jdbc),
                guard,
                clock,
                none(PersonBirthDates.class),
                provider(ConsentCoverage.class, registry));
        UUID person = UUID.randomUUID();
        assertThat(as("ic", () -> withConsents.record(byConsent(person, consent)))
                        .basis())
                .isEqualTo(LegalBasis.CONSENT);
        assertThatThrownBy(() -> as("ic", () -> withConsents.record(byConsent(person, UUID.randomUUID()))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.code())
                                .containsExactly("disclosure.consent-missing"));
        // Without a consent module nothing is covered: consent is refused rather than taken on trust.
        assertThatThrownBy(() -> as("ic", () -> ledger.record(byConsent(person, consent))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void reviewersFilterByPersonPeriodAndBasis() throws Exception {
        UUID person = UUID.randomUUID();
        as("ic", () -> ledger.record(toThePolice(person, LegalBasis.OSL_10_2)));
        as("ic", () -> ledger.record(eighteenA(person, 16)));
        LocalDate today = LocalDate.now(clock);

        reviewer(
                        "gruppchef",
                        get("/api/v1/disclosures")
                                .param("person", person.toString())
                                .param("basis", "OSL_10_18A")
                                .param("from", today.minusDays(1).toString())
                                .param("to", today.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[*].basis").value(contains("OSL_10_18A")))
                .andExpect(jsonPath("$.entries[0].subjectAge").value(16))
                .andExpect(jsonPath("$.entries[0].decidedByName").value("Ida Karlsson"))
                .andExpect(jsonPath("$.more").value(false));
        reviewer(
                        "gruppchef",
                        get("/api/v1/disclosures")
                                .param("person", person.toString())
                                .param("from", today.minusDays(10).toString())
                                .param("to", today.minusDays(5).toString()))
                .andExpect(jsonPath("$.entries").value(empty()));
        reviewer(
                        "gruppchef",
                        get("/api/v1/disclosures").param("from", "2026-12-01").param("to", "2026-11-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("disclosure.period-reversed"));
        reviewer("gruppchef", get("/api/v1/disclosures").param("from", "igår"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @ParameterizedTest(name = "{0} gets {1}")
    @CsvSource({
        "ic, 200",
        "gruppchef, 200",
        "loggranskare, 200",
        "cm1, 403",
        "handlaggare, 403",
        "mottagning, 403",
        "socialjour, 403",
        "skola, 403",
        "polis, 403",
        "styrgrupp, 403",
        "admin, 403",
        "aby-ic, 200"
    })
    void onlyTheReviewersReadTheLedger(String user, int expected) throws Exception {
        UUID person = UUID.randomUUID();
        as("ic", () -> ledger.record(toThePolice(person, LegalBasis.OSL_10_2)));
        long denied = accessLogCount("outcome = 'DENIED' and username = ? and record_type = 'disclosure-ledger'", user);
        long allowed = accessLogCount(
                "outcome = 'ALLOWED' and username = ? and record_type = 'disclosure-ledger' and person_id = ?",
                user,
                person);

        var result = reviewer(user, get("/api/v1/disclosures").param("person", person.toString()))
                .andExpect(status().is(expected));

        if (expected == 403) {
            assertThat(accessLogCount(
                            "outcome = 'DENIED' and username = ? and record_type = 'disclosure-ledger'", user))
                    .isEqualTo(denied + 1);
        } else if (user.startsWith("aby")) {
            // Another municipality's coordinator reads their own ledger, which holds nothing of Sjöstad's.
            result.andExpect(jsonPath("$.entries").value(empty()));
        } else {
            result.andExpect(jsonPath("$.entries.length()").value(1));
            assertThat(accessLogCount(
                            "outcome = 'ALLOWED' and username = ? and record_type = 'disclosure-ledger'"
                                    + " and person_id = ?",
                            user,
                            person))
                    .isEqualTo(allowed + 1);
        }
    }

    NewDisclosure toThePolice(UUID person, LegalBasis basis) {
        return new NewDisclosure(
                Direction.OUT,
                Instant.now(clock).minus(10, ChronoUnit.MINUTES),
                person,
                DisclosureContext.concern(UUID.randomUUID(), "O-TEST"),
                new Party("Sjöstads kommun", PartyKind.SOCIAL_SERVICES, "Individkoordinator Sjöstad"),
                new Party("Polisen", PartyKind.POLICE, "Områdespolis"),
                EnumSet.of(InformationCategory.IDENTITY),
                basis,
                "Behövs för bedömningen.",
                false,
                true,
                null,
                null,
                null,
                FunctionType.INDIVIDUAL_COORDINATOR,
                "Finns det något vi bör känna till?",
                null);
    }

    NewDisclosure eighteenA(UUID person, int age) {
        var d = toThePolice(person, LegalBasis.OSL_10_18A);
        return new NewDisclosure(
                d.direction(),
                d.occurredAt(),
                d.personId(),
                d.context(),
                d.from(),
                d.to(),
                Set.of(InformationCategory.SOCIAL_SERVICES),
                d.basis(),
                "Nya kontakter med personer som begår brott.",
                false,
                true,
                null,
                null,
                age,
                d.decidedIn(),
                d.summary(),
                null);
    }

    NewDisclosure byConsent(UUID person, UUID consent) {
        var d = toThePolice(person, LegalBasis.CONSENT);
        return new NewDisclosure(
                d.direction(),
                d.occurredAt(),
                d.personId(),
                d.context(),
                d.from(),
                new Party("Sjöskolan", PartyKind.SCHOOL, "Elevhälsan"),
                d.categories(),
                d.basis(),
                null,
                false,
                false,
                consent,
                null,
                null,
                d.decidedIn(),
                d.summary(),
                null);
    }

    static NewDisclosure withCorrection(NewDisclosure d, NewDisclosure.Correction correction) {
        return new NewDisclosure(
                d.direction(),
                d.occurredAt(),
                d.personId(),
                d.context(),
                d.from(),
                d.to(),
                d.categories(),
                d.basis(),
                d.balancing(),
                d.requestedByRecipient(),
                d.crimePreventionPurpose(),
                d.consentId(),
                d.subjectDateOfBirth(),
                d.subjectAge(),
                d.decidedIn(),
                d.summary(),
                correction);
    }

    /** Runs the work in one transaction as the demo user, as a request would. */
    <T> T as(String username, Supplier<T> work) {
        Map<String, Object> row = jdbc.sql("select staff_id, municipality_id from account where username = ?")
                .param(username)
                .query()
                .singleRow();
        var actor = new Actor(
                new StaffId((UUID) row.get("staff_id")),
                new MunicipalityId((UUID) row.get("municipality_id")),
                username,
                "Ida Karlsson",
                Set.of(FunctionType.INDIVIDUAL_COORDINATOR));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(actor, null));
        try {
            return transactions.execute(tx -> work.get());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    ResultActions reviewer(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r)
            throws Exception {
        return mvc.perform(r.with(httpBasic(user, "demo")));
    }

    long count() {
        return jdbc.sql("select count(*) from disclosure_entry")
                .query(Long.class)
                .single();
    }

    static <T> ObjectProvider<T> provider(Class<T> type, T bean) {
        return new StaticListableBeanFactory(Map.of("bean", bean)).getBeanProvider(type);
    }

    static <T> ObjectProvider<T> none(Class<T> type) {
        return new StaticListableBeanFactory().getBeanProvider(type);
    }
}
