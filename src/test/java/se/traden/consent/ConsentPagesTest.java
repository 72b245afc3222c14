package se.traden.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.traden.support.CaseFixtures;
import se.traden.support.IntegrationTest;
import se.traden.support.UiLogin;

/** Consents in the browser: recorded in the form, refused as a blanket waiver, withdrawn after confirmation. */
class ConsentPagesTest extends IntegrationTest {

    @Test
    void aCaseManagerRecordsAConsentAndWithdrawsPartOfItAfterConfirming() throws Exception {
        var fixtures = new CaseFixtures(mvc, jdbc);
        UUID child = registeredChild();
        UUID guardian = fixtures.aGuardianOf(child, "Berit");
        String caseId = fixtures.anActivatedCase("cm1", child);
        String page = "/cases/" + caseId + "/consents";

        mvc.perform(get(page).with(UiLogin.as(mvc, "cm1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Intern samordning.")))
                .andExpect(content().string(containsString("Berit Fixtur (vårdnadshavare)")));

        mvc.perform(post(page)
                        .with(UiLogin.as(mvc, "cm1"))
                        .with(csrf())
                        .param("givers", child.toString())
                        .param("purpose", "Samordna stödet")
                        .param("givenOn", LocalDate.now().toString())
                        .param("method", "WRITTEN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ange minst en mottagare")))
                .andExpect(content().string(containsString("Välj minst en sorts uppgifter")));

        mvc.perform(post(page)
                        .with(UiLogin.as(mvc, "cm1"))
                        .with(csrf())
                        .param("givers", child.toString(), guardian.toString())
                        .param("categories", "SCHOOL", "FAMILY")
                        .param("recipients[0].organisation", "")
                        .param("recipients[0].kind", "")
                        .param("recipients[1].organisation", "Sjöskolan")
                        .param("recipients[1].kind", "SCHOOL")
                        .param("recipients[2].organisation", "Polisen")
                        .param("recipients[2].kind", "POLICE")
                        .param("purpose", "Samordna stödet kring skolgången")
                        .param("givenOn", LocalDate.now().toString())
                        .param("method", "ORAL")
                        .param("notedBy", "Cem Demir"))
                .andExpect(redirectedUrl(page));

        String json = mvc.perform(get("/api/v1/cases/" + caseId + "/consents").with(httpBasic("cm1", "demo")))
                .andExpect(jsonPath("$.mode").value("CONSENT"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String consent = JsonPath.read(json, "$.consents[0].id");
        String police = JsonPath.read(json, "$.consents[0].recipients[1].id");

        mvc.perform(get(page + "/" + consent + "/withdraw").with(UiLogin.as(mvc, "cm1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hela samtycket")));
        mvc.perform(post(page + "/" + consent + "/withdrawal/confirm")
                        .with(UiLogin.as(mvc, "cm1"))
                        .with(csrf())
                        .param("version", "0")
                        .param("scope", "PART")
                        .param("communicatedBy", "Berit, per telefon")
                        .param("at", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Välj vilka mottagare eller uppgifter")));
        mvc.perform(post(page + "/" + consent + "/withdrawal/confirm")
                        .with(UiLogin.as(mvc, "cm1"))
                        .with(csrf())
                        .param("version", "0")
                        .param("scope", "PART")
                        .param("recipientIds", police)
                        .param("communicatedBy", "Berit, per telefon"))
                .andExpect(redirectedUrl(page + "/" + consent + "/withdrawal/review"));
        mvc.perform(get(page + "/" + consent + "/withdrawal/review").with(UiLogin.as(mvc, "cm1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bekräfta återkallelsen")));
        // Nothing is withdrawn until confirmed.
        mvc.perform(get("/api/v1/cases/" + caseId + "/consents").with(httpBasic("cm1", "demo")))
                .andExpect(jsonPath("$.consents[0].status").value("VALID"));

        mvc.perform(post(page + "/" + consent + "/withdrawal")
                        .with(UiLogin.as(mvc, "cm1"))
                        .with(csrf())
                        .param("version", "0")
                        .param("scope", "PART")
                        .param("recipientIds", police)
                        .param("communicatedBy", "Berit, per telefon"))
                .andExpect(redirectedUrl(page));
        String after = mvc.perform(get(page).with(UiLogin.as(mvc, "cm1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(after)
                .contains("Delvis återkallat")
                .contains("omfattas inte längre")
                .contains("Ingen grund");
    }
}
