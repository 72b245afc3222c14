package se.traden.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import se.traden.support.IntegrationTest;
import se.traden.support.UiLogin;

/** The annual quality report: the group manager's texts, who reads it, and the PDF it prints. */
class QualityReportTest extends IntegrationTest {
    static final int YEAR = LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear();

    @Test
    void theGroupManagerWritesAndThePdfHoldsTextsPictureDeviationsAndRisks() throws Exception {
        String deviation = postJson("cm1", "/api/v1/quality/deviations", """
                {"whatHappened": "Återkopplingen till fritidsgården uteblev i en månad", "affected": "DEADLINE"}""");
        postJson("gruppchef", "/api/v1/quality/risks", """
                {"title": "Ärenden tappas vid flytt mellan stadsdelar", "description": "Överlämningen saknar ägare",
                 "processStep": "TRANSITION", "likelihood": 3, "consequence": 4,
                 "measures": "Överlämning i samverkansgruppen", "owner": "GROUP_MANAGER", "reviewOn": "%s"}""".formatted(
                        LocalDate.now().plusMonths(3)));
        long version = version(
                mvc.perform(get("/api/v1/followup/quality-reports/" + YEAR).with(httpBasic("gruppchef", "demo")))
                        .andExpect(status().isOk()));
        write("gruppchef", version, "Ett år av uppbyggnad.").andExpect(status().isOk());

        byte[] pdf = mvc.perform(
                        get("/api/v1/followup/quality-reports/" + YEAR + "/pdf").with(httpBasic("styrgrupp", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Kvalitetsberättelse " + YEAR)
                    .contains("Ett år av uppbyggnad.")
                    .contains("Individer i systematiken per problemtyp")
                    .contains("Återkopplingen till fritidsgården uteblev i en månad")
                    .contains("Ärenden tappas vid flytt mellan stadsdelar");
        }
        assertThat(deviation).isNotBlank();
    }

    @Test
    void onlyTheGroupManagerWritesAndAStaleVersionIsRefused() throws Exception {
        long version = version(mvc.perform(
                get("/api/v1/followup/quality-reports/" + (YEAR - 1)).with(httpBasic("gruppchef", "demo"))));
        write("ic", version, "Koordinatorn skriver inte här", YEAR - 1).andExpect(status().isForbidden());
        write("styrgrupp", version, "Inte styrgruppen heller", YEAR - 1).andExpect(status().isForbidden());
        write("gruppchef", version, "Första", YEAR - 1).andExpect(status().isOk());
        write("gruppchef", version, "Från gammal version", YEAR - 1).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/followup/quality-reports/" + (YEAR - 1)).with(httpBasic("ic", "demo")))
                .andExpect(jsonPath("$.summary").value("Första"));
    }

    @Test
    void aPersonalNumberOrAYearAheadIsRefused() throws Exception {
        write("gruppchef", 0, "Barnet " + se.traden.support.TestNumbers.child() + " fick hjälp", YEAR - 2)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("summary"));
        mvc.perform(get("/api/v1/followup/quality-reports/" + (YEAR + 1)).with(httpBasic("gruppchef", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @ParameterizedTest(name = "{0}: read {1}")
    @CsvSource({
        "ic, 200",
        "gruppchef, 200",
        "styrgrupp, 200",
        "cm1, 403",
        "mottagning, 403",
        "socialjour, 403",
        "handlaggare, 403",
        "skola, 403",
        "polis, 403",
        "loggranskare, 403",
        "admin, 403",
        "aby-ic, 200"
    })
    void accessPerFunction(String user, int read) throws Exception {
        mvc.perform(get("/api/v1/followup/quality-reports/" + YEAR).with(httpBasic(user, "demo")))
                .andExpect(status().is(read));
        mvc.perform(get("/api/v1/followup/quality-reports/" + YEAR + "/pdf").with(httpBasic(user, "demo")))
                .andExpect(status().is(read));
        mvc.perform(get("/uppfoljning/kvalitetsberattelse/" + YEAR).with(UiLogin.as(mvc, user)))
                .andExpect(status().is(read));
    }

    @Test
    void theGroupManagerWritesOnThePage() throws Exception {
        var gm = UiLogin.as(mvc, "gruppchef");
        int year = YEAR - 3;
        mvc.perform(get("/uppfoljning/kvalitetsberattelse/" + year).with(gm))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Spara texterna")));
        mvc.perform(post("/uppfoljning/kvalitetsberattelse/" + year)
                        .with(gm)
                        .with(csrf())
                        .param("version", "0")
                        .param("summary", "Skrivet på sidan")
                        .param("ahead", "Fler case managers"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/uppfoljning/kvalitetsberattelse/" + year).with(UiLogin.as(mvc, "styrgrupp")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Skrivet på sidan")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Spara texterna"))));
    }

    private ResultActions write(String user, long version, String summary) throws Exception {
        return write(user, version, summary, YEAR);
    }

    private ResultActions write(String user, long version, String summary, int year) throws Exception {
        return mvc.perform(put("/api/v1/followup/quality-reports/" + year)
                .with(httpBasic(user, "demo"))
                .header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"summary\": \"" + summary + "\"}"));
    }

    private String postJson(String user, String url, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
                        .with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static long version(ResultActions result) throws Exception {
        Number v = com.jayway.jsonpath.JsonPath.read(
                result.andReturn().getResponse().getContentAsString(), "$.version");
        return v.longValue();
    }
}
