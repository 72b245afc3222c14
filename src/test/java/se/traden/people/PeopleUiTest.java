package se.traden.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class PeopleUiTest extends PeopleTestSupport {

    @Test
    void registersAChildByPersonalNumberAndShowsItsPage() throws Exception {
        String number = Numbers.child();
        String location = mvc.perform(registerForm("Elsa Maria", "Ström", "PERSONAL_NUMBER")
                        .param("personalNumber", " " + Numbers.shortForm(number) + " "))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/people/[0-9a-f-]{36}");
        UUID id = UUID.fromString(location.substring("/people/".length()));

        LocalDate born = Numbers.bornOf(number);
        int age = Period.between(born, LocalDate.now()).getYears();
        assertThat(pageOf("ic", id))
                .contains("<h1>Elsa Maria Ström</h1>", number, born.toString(), age + " år", "Barn", "Personnummer")
                // the browser's history keeps page titles: no name there
                .contains("<title>Person – Tråden</title>");
        assertThat(jdbc.sql("select personal_number from person where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(number.replace("-", ""));
    }

    @Test
    void registersAChildByCoordinationNumber() throws Exception {
        String number = Numbers.childCoordination();
        String location = mvc.perform(
                        registerForm("Amir", "Haddad", "COORDINATION_NUMBER").param("personalNumber", number))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        String page = pageOf("ic", UUID.fromString(location.substring(8)));
        assertThat(page)
                .contains("Samordningsnummer", number, Numbers.bornOf(number).toString());
    }

    @Test
    void aNumberOfTheOtherKindThanChosenIsPointedOut() throws Exception {
        mvc.perform(registerForm("Amir", "Haddad", "PERSONAL_NUMBER")
                        .param("personalNumber", Numbers.childCoordination()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Numret är ett samordningsnummer.")));
        mvc.perform(registerForm("Amir", "Haddad", "COORDINATION_NUMBER").param("personalNumber", Numbers.child()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("inte ett samordningsnummer")));
    }

    @Test
    void registersAChildWithAReserveIdentityNumberedByTheMunicipality() throws Exception {
        String first = registerWithReserveIdentity("Okänd", "Flicka", "2016-04-01");
        String second = registerWithReserveIdentity("Okänd", "Pojke", "2017-05-02");

        int year = LocalDate.now().getYear();
        String firstId = reserveIdOf(first);
        String secondId = reserveIdOf(second);
        assertThat(firstId).matches("R-" + year + "-\\d{6}");
        assertThat(Integer.parseInt(secondId.substring(7))).isGreaterThan(Integer.parseInt(firstId.substring(7)));
        assertThat(pageOf("ic", UUID.fromString(first)))
                .contains("Reservidentitet", firstId, "Nummer okänt vid akut placering", "2016-04-01");
    }

    @Test
    void aReserveIdentityNeedsAReasonAndADateOfBirthAndNoNumber() throws Exception {
        String page = mvc.perform(registerForm("Okänd", "Flicka", "RESERVE").param("personalNumber", Numbers.child()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("class=\"error-summary\" role=\"alert\"")
                .contains("href=\"#reserveReason\"", "Skäl till reservidentitet: Skriv varför barnet registreras")
                .contains("href=\"#dateOfBirth\"", "Födelsedatum: Skriv födelsedatum.")
                .contains("href=\"#personalNumber\"", "Reservidentitet används bara när inget nummer är känt")
                .contains("aria-describedby=\"reserveReason-hint reserveReason-error\"")
                .contains("id=\"dateOfBirth-error\"");
    }

    @Test
    void showsEveryFieldErrorInSwedishWithASummaryLinkingToTheField() throws Exception {
        String page = mvc.perform(registerForm(" ", "", "PERSONAL_NUMBER").param("personalNumber", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("<h2>Uppgifterna behöver rättas</h2>")
                .contains("<a href=\"#givenNames\">Förnamn: Fältet måste fyllas i</a>")
                .contains("<a href=\"#familyName\">Efternamn: Fältet måste fyllas i</a>")
                .contains("<a href=\"#personalNumber\">Nummer: Skriv numret.</a>")
                .contains("aria-invalid=\"true\"")
                .contains("<p class=\"field-error\" id=\"givenNames-error\">Fältet måste fyllas i</p>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "malformed, 2015-03-1x-1234, Skriv numret som ÅÅÅÅMMDD-NNNN",
        "invalid date, 20230231-1234, Numrets datumdel är inte ett datum som finns",
        "wrong check digit, 19121212-1213, Kontrollsiffran stämmer inte",
        "in the future, FUTURE, Numret anger ett födelsedatum som ännu inte har inträffat"
    })
    void eachKindOfBadNumberHasItsOwnMessage(String kind, String input, String message) throws Exception {
        if (input.equals("FUTURE")) {
            input = PersonalIdentityNumberTest.valid(
                    LocalDate.now().plusDays(2).toString().replace("-", ""), "123");
        }
        mvc.perform(registerForm("Elsa", "Ström", "PERSONAL_NUMBER").param("personalNumber", input))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)));
    }

    @Test
    void aChildBornMoreThanTwentyFiveYearsAgoIsRefusedWithAClearMessage() throws Exception {
        mvc.perform(registerForm("Vuxen", "Person", "RESERVE")
                        .param("reserveReason", "Test")
                        .param("dateOfBirth", LocalDate.now().minusYears(26).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ett barn i registret är fött för högst 25 år sedan")));
    }

    @Test
    void aDuplicateNumberIsRefusedWithALinkToThePersonAlreadyRegistered() throws Exception {
        String number = Numbers.child();
        UUID existing = registerChild("ic", "Första", "Registreringen", number);

        String page = mvc.perform(registerForm("Andra", "Registreringen", "PERSONAL_NUMBER")
                        .param("personalNumber", Numbers.shortForm(number)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Det finns redan en person med det här numret i kommunen.")
                .contains("href=\"/people/" + existing + "\"");
        assertThat(jdbc.sql("select count(*) from person where family_name = 'Registreringen'")
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void guardiansAndNetworkAreRelatedToAChildAndSiblingsShareAGuardian() throws Exception {
        UUID child = registerChild("ic", "Nora", "Lindqvist", Numbers.child());
        UUID sibling = registerChild("ic", "Leo", "Lindqvist", Numbers.child());
        String guardianNumber = Numbers.adult();

        mvc.perform(get("/people/{id}/relations/new", child).session(login("ic")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lägg till person kring Nora Lindqvist")));
        mvc.perform(post("/people/{id}/relations/new", child)
                        .session(login("ic"))
                        .with(csrf())
                        .param("relation", "GUARDIAN")
                        .param("givenNames", "Karin")
                        .param("familyName", "Lindqvist")
                        .param("personalNumber", guardianNumber)
                        .param("phone", "070-111 22 33")
                        .param("email", "karin@example.se"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/people/{id}/relations/new", child)
                        .session(login("ic"))
                        .with(csrf())
                        .param("relation", "GRANDPARENT")
                        .param("givenNames", "Sven")
                        .param("familyName", "Lindqvist")
                        .param("dateOfBirth", "1948-02-03"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/people/{id}/relations/link", sibling)
                        .session(login("ic"))
                        .with(csrf())
                        .param("relation", "GUARDIAN")
                        .param("personalNumber", Numbers.shortForm(guardianNumber)))
                .andExpect(status().is3xxRedirection());

        assertThat(pageOf("ic", child))
                .contains("Vårdnadshavare och nätverk kring Nora Lindqvist", "Karin Lindqvist", "Sven Lindqvist")
                .contains("Mor- eller farförälder", "1948-02-03");
        UUID guardian = jdbc.sql("select id from person where personal_number = ?")
                .param(guardianNumber.replace("-", ""))
                .query(UUID.class)
                .single();
        assertThat(pageOf("ic", guardian))
                .contains("Barn som Karin Lindqvist står i relation till")
                .contains("href=\"/people/" + child + "\"", "href=\"/people/" + sibling + "\"")
                .contains("karin@example.se", "070-111 22 33");

        mvc.perform(post("/people/{id}/relations/link", sibling)
                        .session(login("ic"))
                        .with(csrf())
                        .param("relation", "GUARDIAN")
                        .param("personalNumber", guardianNumber))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Personen är redan kopplad till barnet.")));
    }

    @Test
    void registeringAGuardianWhoseNumberIsTakenPointsToTheRegisteredPerson() throws Exception {
        UUID child = registerChild("ic", "Ines", "Kask", Numbers.child());
        String number = Numbers.adult();
        UUID guardian = registerRelated(
                "ic", child, "GUARDIAN", Map.of("givenNames", "Tiina", "familyName", "Kask", "personalNumber", number));
        UUID sibling = registerChild("ic", "Oskar", "Kask", Numbers.child());

        mvc.perform(post("/people/{id}/relations/new", sibling)
                        .session(login("ic"))
                        .with(csrf())
                        .param("relation", "GUARDIAN")
                        .param("givenNames", "Tiina")
                        .param("familyName", "Kask")
                        .param("personalNumber", number))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Det finns redan en person med det här numret")))
                .andExpect(content().string(containsString("href=\"/people/" + guardian + "\"")));
    }

    @Test
    void findsAPersonByNumberInEveryAcceptedFormAndByName() throws Exception {
        String number = Numbers.child();
        UUID id = registerChild("ic", "Wilma", "Sökbarsson", number);

        for (String form : new String[] {number, number.replace("-", ""), Numbers.shortForm(number), "  " + number}) {
            mvc.perform(post("/people/search").session(login("ic")).with(csrf()).param("personalNumber", form))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("href=\"/people/" + id + "\"")))
                    .andExpect(content().string(containsString("1 träffar")));
        }
        mvc.perform(post("/people/search").session(login("ic")).with(csrf()).param("name", "wilma SÖKBAR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wilma Sökbarsson")));
        mvc.perform(post("/people/search").session(login("ic")).with(csrf()).param("name", "Sökbarssonska"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ingen person i kommunen matchar sökningen.")));
    }

    @Test
    void theSearchPageSendsNumbersOnlyInTheBodyOfAPost() throws Exception {
        mvc.perform(get("/people").session(login("ic")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<form action=\"/people/search\" method=\"post\"")))
                .andExpect(content().string(not(containsString("method=\"get\""))));
        String number = Numbers.child();
        UUID id = registerChild("ic", "Ture", "Querysson", number);
        // a number offered in the address is not a search: only the form body is read
        mvc.perform(get("/people/search").param("personalNumber", number).session(login("ic")))
                .andExpect(status().is4xxClientError());
        String page = pageOf("ic", id);
        assertThat(page).doesNotContain("?personalNumber", "personalNumber=");
    }

    @Test
    void aSearchNeedsOneCriterionAndEnoughOfAName() throws Exception {
        mvc.perform(post("/people/search").session(login("ic")).with(csrf()))
                .andExpect(content().string(containsString("Skriv ett nummer eller ett namn att söka på.")));
        mvc.perform(post("/people/search").session(login("ic")).with(csrf()).param("name", "a"))
                .andExpect(content().string(containsString("Skriv minst 2 tecken av namnet.")));
        mvc.perform(post("/people/search")
                        .session(login("ic"))
                        .with(csrf())
                        .param("name", "Anna")
                        .param("personalNumber", Numbers.child()))
                .andExpect(content().string(containsString("Sök på antingen nummer eller namn")));
    }

    @Test
    void correctsAPersonAndRefusesAStaleEditWithoutOverwriting() throws Exception {
        UUID id = registerChild("ic", "Felstavad", "Persson", Numbers.child());
        mvc.perform(get("/people/{id}/edit", id).session(login("ic")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

        mvc.perform(edit(id, "cm1", 0, "Rättstavad")).andExpect(status().is3xxRedirection());
        assertThat(pageOf("ic", id)).contains("Rättstavad Persson");

        mvc.perform(edit(id, "ic", 0, "Senkommen"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Någon annan har ändrat uppgiften")));
        assertThat(jdbc.sql("select given_names from person where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Rättstavad");
        assertThat(versionOf(id)).isOne();
    }

    @Test
    void aCorrectionWithErrorsIsShownAgainWithTheVersionItStartedFrom() throws Exception {
        UUID id = registerChild("ic", "Greta", "Fel", Numbers.child());

        mvc.perform(post("/people/{id}/edit", id)
                        .session(login("ic"))
                        .with(csrf())
                        .param("version", "0")
                        .param("givenNames", "Greta")
                        .param("familyName", "Fel")
                        .param("email", "inte en adress")
                        .param("personalNumber", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv e-postadressen som namn@exempel.se.")))
                .andExpect(content().string(containsString("Ett registrerat nummer kan rättas men inte tas bort.")))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        assertThat(versionOf(id)).isZero();
    }

    @Test
    void theProtectedIdentityFlagIsStoredAndShown() throws Exception {
        String location = mvc.perform(registerForm("Skyddad", "Persson", "PERSONAL_NUMBER")
                        .param("personalNumber", Numbers.child())
                        .param("protectedIdentity", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(pageOf("ic", UUID.fromString(location.substring(8)))).contains("Personen har skyddad identitet.");
    }

    @Test
    void thePagesSpeakEnglishWhenAskedTo() throws Exception {
        UUID id = registerChild("ic", "Emil", "English", Numbers.child());
        mvc.perform(get("/people/{id}", id).param("lang", "en").session(login("ic")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Date of birth")))
                .andExpect(content().string(containsString("Personal identity number")));
        mvc.perform(get("/people").param("lang", "sv").session(login("ic"))).andExpect(status().isOk());
    }

    private MockHttpServletRequestBuilder registerForm(String givenNames, String familyName, String identityKind)
            throws Exception {
        return post("/people/new")
                .session(login("ic"))
                .with(csrf())
                .param("givenNames", givenNames)
                .param("familyName", familyName)
                .param("identityKind", identityKind);
    }

    private MockHttpServletRequestBuilder edit(UUID id, String username, long version, String givenNames)
            throws Exception {
        return post("/people/{id}/edit", id)
                .session(login(username))
                .with(csrf())
                .param("version", Long.toString(version))
                .param("givenNames", givenNames)
                .param("familyName", "Persson")
                .param(
                        "personalNumber",
                        jdbc.sql("select personal_number from person where id = ?")
                                .param(id)
                                .query(String.class)
                                .single());
    }

    private String registerWithReserveIdentity(String givenNames, String familyName, String born) throws Exception {
        String location = mvc.perform(registerForm(givenNames, familyName, "RESERVE")
                        .param("reserveReason", "Nummer okänt vid akut placering")
                        .param("dateOfBirth", born))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return location.substring("/people/".length());
    }

    private String reserveIdOf(String id) {
        return jdbc.sql("select reserve_id from person where id = ?::uuid")
                .param(id)
                .query(String.class)
                .single();
    }

    private long countChildren() {
        return jdbc.sql("select count(*) from person where kind = 'CHILD'")
                .query(Long.class)
                .single();
    }
}
