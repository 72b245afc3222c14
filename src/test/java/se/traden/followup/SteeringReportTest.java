package se.traden.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import se.traden.support.IntegrationTest;
import se.traden.support.UiLogin;

/** Steering reports: who opens, who writes which commentary, who reads, and the PDF. */
class SteeringReportTest extends IntegrationTest {

    @Test
    void theCoordinatorAndTheGroupManagerEachWriteTheirCommentaryAndTheSteeringGroupReadsIt() throws Exception {
        String id = open("ic", "Styrgruppen april");
        comment("ic", id, "coordinator", 0, "Inflödet från skolorna ökar.").andExpect(status().isOk());
        comment("gruppchef", id, "group-manager", 1, "Vi behöver en case manager till.")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""));
        mvc.perform(get("/api/v1/followup/steering-reports/" + id).with(httpBasic("styrgrupp", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.coordinatorCommentary.text").value("Inflödet från skolorna ökar."))
                .andExpect(jsonPath("$.groupManagerCommentary.text").value("Vi behöver en case manager till."))
                .andExpect(jsonPath("$.picture.aggregated").value(true));
        byte[] pdf = mvc.perform(
                        get("/api/v1/followup/steering-reports/" + id + "/pdf").with(httpBasic("styrgrupp", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Styrgruppen april", "Inflödet från skolorna ökar.", "Vi behöver en case manager till.")
                    .contains("Inflöde per anmälande verksamhet", "Utlämnanden per rättslig grund");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Styrgruppen april");
        }
    }

    @Test
    void eachWritesOnlyTheirOwnCommentary() throws Exception {
        String id = open("gruppchef", "Kvartal 1");
        comment("gruppchef", id, "coordinator", 0, "Inte min").andExpect(status().isForbidden());
        comment("ic", id, "group-manager", 0, "Inte min").andExpect(status().isForbidden());
        comment("styrgrupp", id, "coordinator", 0, "Styrgruppen skriver inte").andExpect(status().isForbidden());
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsOverwritten() throws Exception {
        String id = open("ic", "Samtidigt");
        comment("ic", id, "coordinator", 0, "Först").andExpect(status().isOk());
        comment("gruppchef", id, "group-manager", 0, "Utgår från gammal version")
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/followup/steering-reports/" + id).with(httpBasic("ic", "demo")))
                .andExpect(jsonPath("$.coordinatorCommentary.text").value("Först"))
                .andExpect(jsonPath("$.groupManagerCommentary").doesNotExist());
    }

    @Test
    void aPersonalNumberInTheCommentaryIsRefused() throws Exception {
        String id = open("ic", "Med nummer");
        comment(
                        "ic",
                        id,
                        "coordinator",
                        0,
                        "Gäller barnet " + se.traden.support.TestNumbers.child() + " som vi pratade om")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.startsWith("Texten innehåller ett personnummer")));
        comment("ic", id, "coordinator", 0, "Diarienummer SOC-2026-1234 och telefon 08-123 45 67 går bra")
                .andExpect(status().isOk());
    }

    @Test
    void aReportNeedsATitleAndAPeriodInOrder() throws Exception {
        mvc.perform(post("/api/v1/followup/steering-reports")
                        .with(httpBasic("ic", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"\", \"from\": \"2026-05-01\", \"to\": \"2026-04-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("to")));
        mvc.perform(post("/api/v1/followup/steering-reports")
                        .with(httpBasic("ic", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"\", \"from\": \"2026-01-01\", \"to\": \"2026-04-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
    }

    @ParameterizedTest(name = "{0}: list {1}, open {2}, read {3}")
    @CsvSource({
        "ic, 200, 201, 200",
        "gruppchef, 200, 201, 200",
        "styrgrupp, 200, 403, 200",
        "cm1, 403, 403, 403",
        "mottagning, 403, 403, 403",
        "socialjour, 403, 403, 403",
        "handlaggare, 403, 403, 403",
        "skola, 403, 403, 403",
        "polis, 403, 403, 403",
        "loggranskare, 403, 403, 403",
        "admin, 403, 403, 403",
        "aby-ic, 200, 201, 404"
    })
    void accessPerFunction(String user, int list, int open, int read) throws Exception {
        String id = open("ic", "Åtkomst");
        mvc.perform(get("/api/v1/followup/steering-reports").with(httpBasic(user, "demo")))
                .andExpect(status().is(list));
        mvc.perform(post("/api/v1/followup/steering-reports")
                        .with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Försök\", \"from\": \"2026-01-01\", \"to\": \"2026-03-31\"}"))
                .andExpect(status().is(open));
        mvc.perform(get("/api/v1/followup/steering-reports/" + id).with(httpBasic(user, "demo")))
                .andExpect(status().is(read));
        mvc.perform(get("/api/v1/followup/steering-reports/" + id + "/pdf").with(httpBasic(user, "demo")))
                .andExpect(status().is(read));
        mvc.perform(get("/uppfoljning/styrrapporter/" + id).with(UiLogin.as(mvc, user)))
                .andExpect(status().is(read));
        if (read != 200) {
            assertThat(accessLogCount("outcome = 'DENIED' and record_type = 'steering-report' and record_id = ?", id))
                    .isPositive();
        }
    }

    @Test
    void thePagesWalkFromTheListToACommentary() throws Exception {
        var ic = UiLogin.as(mvc, "ic");
        mvc.perform(get("/uppfoljning/styrrapporter").with(ic))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ny styrrapport")));
        mvc.perform(post("/uppfoljning/styrrapporter")
                        .with(ic)
                        .with(csrf())
                        .param("title", "")
                        .param("from", "2026-01-01")
                        .param("to", "2026-03-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Fältet måste fyllas i")));
        String location = mvc.perform(post("/uppfoljning/styrrapporter")
                        .with(ic)
                        .with(csrf())
                        .param("title", "Från sidan")
                        .param("from", "2026-01-01")
                        .param("to", "2026-03-31"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/uppfoljning/styrrapporter/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(location + "/kommentar")
                        .with(ic)
                        .with(csrf())
                        .param("function", "INDIVIDUAL_COORDINATOR")
                        .param("version", "0")
                        .param("text", "Skrivet på sidan"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(ic))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Skrivet på sidan")));
        mvc.perform(get(location).with(UiLogin.as(mvc, "styrgrupp")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Skrivet på sidan")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/kommentar"))));
    }

    private String open(String user, String title) throws Exception {
        String body = mvc.perform(post("/api/v1/followup/steering-reports")
                        .with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"" + title + "\", \"from\": \"2026-01-01\", \"to\": \"2026-03-31\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private org.springframework.test.web.servlet.ResultActions comment(
            String user, String id, String which, long version, String text) throws Exception {
        return mvc.perform(put("/api/v1/followup/steering-reports/" + id + "/" + which + "-commentary")
                .with(httpBasic(user, "demo"))
                .header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"" + text + "\"}"));
    }
}
