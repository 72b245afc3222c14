package se.traden.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import se.traden.support.IntegrationTest;

/** The consultations page: the warning, the form, and a refusal shown at the field. */
class ConsultationPageTest extends IntegrationTest {

    @Test
    void thePageWarnsBeforeAnythingIsWritten() throws Exception {
        mvc.perform(get("/consultations").session(login("ic")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv inte namn, personnummer")))
                .andExpect(content().string(containsString("<label for=\"situation\"")));
    }

    @Test
    void aPersonalNumberIsShownAsAnErrorAtItsFieldAndNothingIsSaved() throws Exception {
        long before = count();
        mvc.perform(post("/consultations")
                        .session(login("ic"))
                        .with(csrf())
                        .param("heldOn", LocalDate.now().toString())
                        .param("askerKind", "SCHOOL")
                        .param("askerFunction", "Kurator")
                        .param("problemAreas", "SCHOOL_ABSENCE")
                        .param("situation", "Eleven 20120512-1234 har slutat komma")
                        .param("advice", "Kontakta vårdnadshavarna")
                        .param("mayLeadToConcern", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"error-summary\"")))
                .andExpect(content().string(containsString("href=\"#situation\"")))
                .andExpect(content().string(containsString("id=\"situation-error\"")))
                .andExpect(content().string(containsString("ser ut som ett personnummer")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aGoodConsultationIsSavedAndListed() throws Exception {
        MockHttpSession ic = login("ic");
        String situation = "Fritidsledare oroar sig för en grupp i tolvårsåldern " + System.nanoTime();
        mvc.perform(post("/consultations")
                        .session(ic)
                        .with(csrf())
                        .param("heldOn", LocalDate.now().toString())
                        .param("askerKind", "LEISURE")
                        .param("askerFunction", "Fritidsledare")
                        .param("problemAreas", "OTHER_NORM_BREAKING", "CRIME")
                        .param("situation", situation)
                        .param("advice", "Fortsätt vara närvarande och hör av dig om något händer")
                        .param("mayLeadToConcern", "false"))
                .andExpect(redirectedUrl("/consultations"))
                .andExpect(flash().attribute("notice", "consultation.notice.recorded"));
        mvc.perform(get("/consultations").session(ic))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(situation)));
    }

    @Test
    void aReporterIsRefused() throws Exception {
        mvc.perform(get("/consultations").session(login("skola"))).andExpect(status().isForbidden());
    }

    private MockHttpSession login(String username) throws Exception {
        var result = mvc.perform(formLogin().user(username).password("demo"))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private long count() {
        return jdbc.sql("select count(*) from consultation").query(Long.class).single();
    }
}
