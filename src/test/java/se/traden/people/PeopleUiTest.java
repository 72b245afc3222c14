package se.traden.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class PeopleUiTest extends PeopleTestSupport {

    @Test
    void registersAChildAndShowsItsPage() throws Exception {
        String number = Numbers.child();
        var result = mvc.perform(post("/people/new")
                        .session(login("ic"))
                        .with(csrf())
                        .param("givenNames", "Elsa Maria")
                        .param("familyName", "Ström")
                        .param("identityKind", "PERSONAL_NUMBER")
                        .param("personalNumber", Numbers.shortForm(number)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/people/").doesNotContain(number.substring(9));
        UUID id = UUID.fromString(location.substring("/people/".length()));

        String page = pageOf("ic", id);
        assertThat(page)
                .contains("Elsa Maria Ström", number, Numbers.bornOf(number).toString(), "Barn");
    }
}
