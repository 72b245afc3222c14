package se.traden.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A child registered on the way, from a concern that needs the child identified: the registration
 * goes back where it came from, and only ever to a page of this application.
 */
class RegisterOnTheWayTest extends PeopleTestSupport {

    @ParameterizedTest(name = "returnTo {0} leads to {1}")
    @CsvSource({
        "/concerns/5b0e0a5e-1d9b-4f1e-9a55-0b8c1f0f0c11#identify, /concerns/5b0e0a5e-1d9b-4f1e-9a55-0b8c1f0f0c11#identify",
        "https://elsewhere.example/, the person page",
        "//elsewhere.example/concerns, the person page",
        "/\\elsewhere.example, the person page",
        "javascript:alert(1), the person page",
        "'', the person page"
    })
    void theRegistrationGoesBackOnlyToAPageOfThisApplication(String returnTo, String expected) throws Exception {
        String location = mvc.perform(post("/people/new")
                        .session(login("ic"))
                        .with(csrf())
                        .param("givenNames", "Ines")
                        .param("familyName", "Vägvisare")
                        .param("identityKind", "PERSONAL_NUMBER")
                        .param("personalNumber", Numbers.child())
                        .param("returnTo", returnTo))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        if (expected.equals("the person page")) {
            assertThat(location).matches("/people/[0-9a-f-]{36}");
        } else {
            assertThat(location).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "the form offered with returnTo {0} {1}")
    @CsvSource({"/concerns/abc#identify, keeps it", "https://elsewhere.example/, drops it"})
    void theFormCarriesOnlyALocalReturnAddress(String returnTo, String what) throws Exception {
        String page = mvc.perform(get("/people/new").param("returnTo", returnTo).session(login("ic")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        if (what.equals("keeps it")) {
            assertThat(page).contains("name=\"returnTo\" value=\"/concerns/abc#identify\"");
        } else {
            assertThat(page).doesNotContain("name=\"returnTo\"").doesNotContain("elsewhere.example");
        }
    }
}
