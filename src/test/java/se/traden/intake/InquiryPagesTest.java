package se.traden.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpSession;

/** The inquiry page and the ledger page in the browser: Swedish, with errors next to each field. */
class InquiryPagesTest extends GatheringFixtures {

    @Test
    void theCoordinatorAsksAndRecordsTheAnswerThroughTheForms() throws Exception {
        String concern = aTriagedConcernAbout(registeredChild(), false);
        MockHttpSession ic = login("ic");
        mvc.perform(get("/concerns/" + concern + "/inquiries").session(ic))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Informationsinhämtning för O-"),
                                containsString("Nödvändigt för den egna verksamheten (10 kap. 2 § OSL)"),
                                containsString("Inga frågor har ställts ännu"))));

        mvc.perform(post("/concerns/" + concern + "/inquiries")
                        .session(ic)
                        .with(csrf())
                        .param("version", String.valueOf(concernVersion(concern)))
                        .param("actorOrganisation", "Polisen, lokalpolisområde Sjöstad")
                        .param("actorKind", "POLICE")
                        .param("actorFunction", "Områdespolis")
                        .param("question", "Finns det något som bör sägas om Nora Test?")
                        .param("basis", "OSL_10_2")
                        .param("balancing", "Behövs för bedömningen inom 48 timmar.")
                        .param("categories", "IDENTITY"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/concerns/" + concern + "/inquiries"));
        String inquiry = jdbc.sql("select id::text from concern_inquiry where concern_id = ?")
                .param(UUID.fromString(concern))
                .query(String.class)
                .single();

        mvc.perform(get("/concerns/" + concern + "/inquiries/" + inquiry + "/answer")
                        .session(ic))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Finns det något som bör sägas om Nora Test?")));
        mvc.perform(post("/concerns/" + concern + "/inquiries/" + inquiry + "/answer")
                        .session(ic)
                        .with(csrf())
                        .param("version", "0")
                        .param("text", "Inget att rapportera.")
                        .param("categories", "CRIME_AND_POLICE")
                        .param("basis", "OSL_10_15A")
                        .param("balancing", "Risk för brott; inget talar emot.")
                        .param("requestedByUs", "true")
                        .param("_requestedByUs", "on")
                        .param("crimePreventionPurpose", "true")
                        .param("_crimePreventionPurpose", "on"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", "inquiry.answer-saved"));
        mvc.perform(get("/concerns/" + concern + "/inquiries").session(ic))
                .andExpect(content()
                        .string(allOf(
                                containsString("Inget att rapportera."),
                                containsString("Brott och polisiära uppgifter"),
                                containsString("Risk för brott; inget talar emot."))));
    }

    @Test
    void aRefusedQuestionShowsEachReasonInSwedishAndStoresNothing() throws Exception {
        String concern = aTriagedConcernAbout(registeredChild(), false);
        MockHttpSession ic = login("ic");
        long entries = count("disclosure_entry");

        mvc.perform(post("/concerns/" + concern + "/inquiries")
                        .session(ic)
                        .with(csrf())
                        .param("version", String.valueOf(concernVersion(concern)))
                        .param("actorOrganisation", "Sjöskolan")
                        .param("actorKind", "SCHOOL")
                        .param("question", "Finns det något?")
                        .param("basis", "OSL_10_18A")
                        .param("subjectDateOfBirth", today().minusYears(15).toString()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("class=\"error-summary\""),
                                containsString("href=\"#categories\""),
                                containsString("Välj minst ett slag av uppgifter"),
                                containsString("Den här grunden kräver en individuell prövning"),
                                containsString("18 a § gäller bara uppgifter till Polismyndigheten"),
                                containsString("aria-describedby=\"balancing-hint balancing-error\""))));

        mvc.perform(post("/concerns/" + concern + "/inquiries")
                        .session(ic)
                        .with(csrf())
                        .param("version", String.valueOf(concernVersion(concern)))
                        .param("askedAt", "i morse"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Värdet har fel format"),
                                not(containsString("Fältet måste fyllas i")))));
        assertThat(count("disclosure_entry")).isEqualTo(entries);
    }

    @Test
    void anAnswerWithoutABasisIsShownBackWithItsError() throws Exception {
        String concern = aTriagedConcernAbout(registeredChild(), false);
        String inquiry = inquiryId(ask("ic", concern, aMinimalQuestionToThePolice()));
        MockHttpSession ic = login("ic");
        mvc.perform(post("/concerns/" + concern + "/inquiries/" + inquiry + "/answer")
                        .session(ic)
                        .with(csrf())
                        .param("version", "0")
                        .param("text", "Inget att rapportera.")
                        .param("categories", "OTHER"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Ange vilken rättslig grund uppgifterna lämnas med stöd av"),
                                containsString("Inget att rapportera."))));
    }

    @ParameterizedTest(name = "{0} gets {1}")
    @CsvSource({
        "ic, 200",
        "cm1, 403",
        "gruppchef, 403",
        "handlaggare, 403",
        "mottagning, 403",
        "socialjour, 403",
        "skola, 403",
        "polis, 403",
        "styrgrupp, 403",
        "loggranskare, 403",
        "admin, 403",
        "aby-ic, 404"
    })
    void theInquiryPageIsForTheFunctionsThatWorkTheConcern(String user, int expected) throws Exception {
        String concern = aTriagedConcernAbout(registeredChild(), false);
        String inquiry = inquiryId(ask("ic", concern, aMinimalQuestionToThePolice()));
        MockHttpSession session = login(user);
        mvc.perform(get("/concerns/" + concern + "/inquiries").session(session)).andExpect(status().is(expected));
        mvc.perform(get("/concerns/" + concern + "/inquiries/" + inquiry + "/answer")
                        .session(session))
                .andExpect(status().is(expected));
        mvc.perform(post("/concerns/" + concern + "/inquiries")
                        .session(session)
                        .with(csrf())
                        .param("version", String.valueOf(concernVersion(concern)))
                        .param("actorOrganisation", "Polisen")
                        .param("actorKind", "POLICE")
                        .param("question", "Finns det något?")
                        .param("basis", "OSL_10_2")
                        .param("balancing", "Behövs.")
                        .param("categories", "IDENTITY"))
                .andExpect(status().is(expected == 200 ? 302 : expected));
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
    void theLedgerPageIsForTheReviewers(String user, int expected) throws Exception {
        mvc.perform(get("/disclosures").session(login(user))).andExpect(status().is(expected));
    }

    @Test
    void theLedgerPageShowsEachApplicationWithItsBalancing() throws Exception {
        String concern = aTriagedConcernAbout(registeredChild(), false);
        ask("ic", concern, aMinimalQuestionToThePolice());
        String reference = jdbc.sql("select reference from concern where id = ?")
                .param(UUID.fromString(concern))
                .query(String.class)
                .single();
        MockHttpSession auditor = login("loggranskare");
        mvc.perform(get("/disclosures").param("basis", "OSL_10_2").session(auditor))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Utlämnanderegister"),
                                containsString("Ärende " + reference),
                                containsString("Behövs för att bedöma oron inom 48 timmar"),
                                containsString("Polismyndigheten"),
                                containsString("Ida Karlsson"))));
        mvc.perform(get("/disclosures").param("from", "förra veckan").session(auditor))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("class=\"error-summary\""), containsString("Värdet har fel format"))));
        mvc.perform(get("/disclosures")
                        .param("from", "2026-12-01")
                        .param("to", "2026-11-01")
                        .session(auditor))
                .andExpect(content().string(containsString("Slutdagen kan inte ligga före startdagen")));
    }

    MockHttpSession login(String user) throws Exception {
        var result = mvc.perform(formLogin().user(user).password("demo")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
