package se.traden.consent;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.traden.support.CaseFixtures;
import se.traden.support.IntegrationTest;

/** Consents on a case over the API: given, partly withdrawn, withdrawn; and what they may never be. */
class ConsentApiTest extends IntegrationTest {
    CaseFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CaseFixtures(mvc, jdbc);
    }

    @Test
    void aConsentGivenThenPartlyWithdrawnChangesWhatEachActorRestsOn() throws Exception {
        UUID child = registeredChild();
        UUID mother = fixtures.aGuardianOf(child, "Anna");
        String caseId = fixtures.anActivatedCase("cm1", child);

        call("cm1", get(consents(caseId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("INTERNAL_COORDINATION"))
                .andExpect(jsonPath("$.consents").isEmpty());

        String body = record(caseId, givenBy(child, mother), "[\"SCHOOL\", \"FAMILY\"]", SCHOOL_AND_POLICE)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.givers[*].role").value(containsInAnyOrder("CHILD", "GUARDIAN")))
                .andExpect(jsonPath("$.givers[*].name").value(hasItem("Anna Fixtur")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String consentId = JsonPath.read(body, "$.id");
        String police = JsonPath.read(body, "$.recipients[1].id");

        call("cm1", get(consents(caseId)))
                .andExpect(jsonPath("$.mode").value("CONSENT"))
                .andExpect(jsonPath("$.actors[*].organisation").value(contains("Sjöskolan", "Polisen")))
                .andExpect(jsonPath("$.actors[*].basis").value(contains("CONSENT", "CONSENT")));

        withdraw(caseId, consentId, """
                        {"communicatedBy": "Anna Fixtur, per telefon", "recipientIds": ["%s"],
                         "note": "Vill inte att polisen får uppgifter"}""".formatted(police))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PARTLY_WITHDRAWN"))
                .andExpect(jsonPath("$.recipients[0].coveredNow").value(containsInAnyOrder("SCHOOL", "FAMILY")))
                .andExpect(jsonPath("$.recipients[1].coveredNow").isEmpty())
                .andExpect(jsonPath("$.withdrawals[0].communicatedBy").value("Anna Fixtur, per telefon"))
                .andExpect(jsonPath("$.withdrawals[0].whole").value(false));

        call("cm1", get(consents(caseId)))
                .andExpect(jsonPath("$.mode").value("CONSENT"))
                .andExpect(jsonPath("$.actors[0].basis").value("CONSENT"))
                .andExpect(jsonPath("$.actors[1].organisation").value("Polisen"))
                .andExpect(jsonPath("$.actors[1].basis").value("NONE"));

        withdraw(caseId, consentId, "{\"communicatedBy\": \"Testbarn själv vid hembesök\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        call("cm1", get(consents(caseId)))
                .andExpect(jsonPath("$.mode").value("INTERNAL_COORDINATION"))
                .andExpect(jsonPath("$.actors[*].basis").value(contains("NONE", "NONE")));
        // Nothing is left to withdraw.
        withdraw(caseId, consentId, "{\"communicatedBy\": \"Anna\"}")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.type").value("urn:traden:problem:consent.nothing-to-withdraw"));

        call("cm1", get("/api/v1/cases/" + caseId))
                .andExpect(jsonPath("$.history[*].type")
                        .value(contains("OPENED", "CONSENT_RECORDED", "CONSENT_WITHDRAWN", "CONSENT_WITHDRAWN")));
    }

    @Test
    void aConsentIsNeverABlanketWaiver() throws Exception {
        UUID child = registeredChild();
        String caseId = fixtures.anActivatedCase("cm1", child);
        record(caseId, "[\"" + child + "\"]", "[]", "[]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code")
                        .value(containsInAnyOrder("consent.recipients-required", "consent.categories-required")));
        record(caseId, "[\"" + child + "\"]", "[\"SCHOOL\"]", "[]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(contains("consent.recipients-required")));
        record(caseId, "[\"" + child + "\"]", "[]", SCHOOL_AND_POLICE)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("categories")));
        call("cm1", get(consents(caseId))).andExpect(jsonPath("$.consents").isEmpty());
    }

    @Test
    void anOralConsentNamesWhoNotedItAndNoneIsGivenAheadOfTime() throws Exception {
        UUID child = registeredChild();
        String caseId = fixtures.anActivatedCase("cm1", child);
        call(
                        "cm1",
                        post(consents(caseId))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"givers": ["%s"], "categories": ["SCHOOL"],
                                         "recipients": [{"organisation": "Sjöskolan", "kind": "SCHOOL"}],
                                         "purpose": "Samordna stödet i skolan", "givenOn": "%s", "method": "ORAL"}""".formatted(child, LocalDate.now().plusDays(2))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code")
                        .value(containsInAnyOrder("consent.oral-noted-by-required", "consent.given-in-future")));
    }

    @Test
    void anAdultConsentsOnlyForThemself() throws Exception {
        UUID adult = registeredChildBornOn(LocalDate.now().minusYears(19).minusDays(3));
        UUID guardian = fixtures.aGuardianOf(adult, "Bertil");
        String caseId = fixtures.anActivatedCase("cm1", adult);

        record(caseId, "[\"" + guardian + "\"]", "[\"SCHOOL\"]", SCHOOL_AND_POLICE)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(contains("consent.adult-only-self")));
        record(caseId, givenBy(adult, guardian), "[\"SCHOOL\"]", SCHOOL_AND_POLICE)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(contains("consent.adult-only-self")));
        record(caseId, "[\"" + adult + "\"]", "[\"SCHOOL\"]", SCHOOL_AND_POLICE)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.givers[0].role").value("CHILD"));
    }

    @Test
    void onlyTheChildOrAGuardianGivesIt() throws Exception {
        UUID child = registeredChild();
        UUID stranger = registeredChild();
        String caseId = fixtures.anActivatedCase("cm1", child);
        record(caseId, "[\"" + stranger + "\"]", "[\"SCHOOL\"]", SCHOOL_AND_POLICE)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(contains("consent.giver-not-child-or-guardian")));
        record(caseId, "[]", "[\"SCHOOL\"]", SCHOOL_AND_POLICE)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(contains("consent.giver-required")));
    }

    @Test
    void aStaleWithdrawalIsRefusedAndAnotherCaseManagerCannotWithdraw() throws Exception {
        UUID child = registeredChild();
        String caseId = fixtures.anActivatedCase("cm1", child);
        String consentId = JsonPath.read(
                record(caseId, "[\"" + child + "\"]", "[\"SCHOOL\"]", SCHOOL_AND_POLICE)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        call(
                        "cm2",
                        post(consents(caseId) + "/" + consentId + "/withdrawal")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"communicatedBy\": \"x\"}"))
                .andExpect(status().isForbidden());
        call(
                        "cm1",
                        post(consents(caseId) + "/" + consentId + "/withdrawal")
                                .header("If-Match", "\"7\"")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"communicatedBy\": \"Testbarn\"}"))
                .andExpect(status().isConflict());
        call("cm1", get(consents(caseId)))
                .andExpect(jsonPath("$.consents[0].status").value("VALID"));
    }

    static final String SCHOOL_AND_POLICE = """
            [{"organisation": "Sjöskolan", "kind": "SCHOOL"}, {"organisation": "Polisen", "kind": "POLICE"}]""";

    static String givenBy(UUID... persons) {
        return "["
                + String.join(
                        ", ",
                        List.of(persons).stream().map(p -> "\"" + p + "\"").toList()) + "]";
    }

    ResultActions record(String caseId, String givers, String categories, String recipients) throws Exception {
        return call(
                "cm1",
                post(consents(caseId)).contentType(MediaType.APPLICATION_JSON).content("""
                                {"givers": %s, "categories": %s, "recipients": %s,
                                 "purpose": "Samordna stödet kring skolgång och fritid", "givenOn": "%s",
                                 "method": "WRITTEN"}""".formatted(
                                givers, categories, recipients, LocalDate.now())));
    }

    ResultActions withdraw(String caseId, String consentId, String body) throws Exception {
        return call(
                "cm1",
                post(consents(caseId) + "/" + consentId + "/withdrawal")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body));
    }

    static String consents(String caseId) {
        return "/api/v1/cases/" + caseId + "/consents";
    }

    ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }
}
