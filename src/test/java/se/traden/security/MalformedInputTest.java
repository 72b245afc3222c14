package se.traden.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import se.traden.support.CaseFixtures;
import se.traden.support.IntegrationTest;
import se.traden.support.UiLogin;

/**
 * The fuzz's findings, kept as plain regression tests: input that once failed deep inside a command (a
 * NUL character PostgreSQL cannot store, half a surrogate pair, a {@code null} in a list) or outside the API's own problem
 * details (a body that is not JSON, a path the firewall rejects) is answered 4xx with problem details.
 */
class MalformedInputTest extends IntegrationTest {
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Test
    void aNulCharacterInAJsonTextIsMalformedInputOfItsField() throws Exception {
        mvc.perform(post("/api/v1/concerns")
                        .with(httpBasic("skola", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"subjectName": "Nul Testsson", "worry": "Oro\\u0000", "problemAreas": ["CRIME"],
                                 "mandatoryReport": "FILED", "reporterOrganisation": "Sjöskolan",
                                 "reporterContact": "elevhalsan@sjoskolan.example"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("worry"))
                .andExpect(jsonPath("$.errors[0].code").value("malformed"));
    }

    @Test
    void halfASurrogatePairInAJsonTextIsMalformedInputOfItsField() throws Exception {
        mvc.perform(post("/api/v1/concerns")
                        .with(httpBasic("skola", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"subjectName": "Halv Testsson", "worry": "Oro \\udff2 och \\ud83d", "problemAreas": ["CRIME"],
                                 "mandatoryReport": "FILED", "reporterOrganisation": "Sjöskolan",
                                 "reporterContact": "elevhalsan@sjoskolan.example"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("worry"))
                .andExpect(jsonPath("$.errors[0].code").value("malformed"));
        // a whole pair (an emoji) is a character like any other
        mvc.perform(post("/api/v1/concerns")
                        .with(httpBasic("skola", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"subjectName": "Hel Testsson", "worry": "Oro \\ud83d\\ude1f", "problemAreas": ["CRIME"],
                                 "mandatoryReport": "FILED", "reporterOrganisation": "Sjöskolan",
                                 "reporterContact": "elevhalsan@sjoskolan.example"}"""))
                .andExpect(status().isCreated());
    }

    @Test
    void aNullInsideAListIsMalformedInput() throws Exception {
        String caseId = new CaseFixtures(mvc, jdbc).anActivatedCase(registeredChild(), "cm1");
        mvc.perform(post("/api/v1/cases/" + caseId + "/contacts")
                        .with(httpBasic("cm1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"occurredAt": "2026-01-10T10:00:00+01:00", "kind": "HOME_VISIT",
                                 "withWhom": [null, "CHILD"], "note": "Hembesök"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("withWhom[0]"));
    }

    @Test
    void aNulCharacterInAFormFieldIsRefusedNotAServerError() throws Exception {
        int status = mvc.perform(post("/concerns/new")
                        .with(UiLogin.as(mvc, "skola"))
                        .with(csrf())
                        .param("subjectName", "Nul\u0000 Testsson")
                        .param("worry", "Oro\u0000")
                        .param("problemAreas", "CRIME")
                        .param("urgent", "false")
                        .param("mandatoryReport", "FILED")
                        .param("reporterOrganisation", "Sjöskolan")
                        .param("reporterContact", "elevhalsan@sjoskolan.example"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isIn(200, 400);
        assertThat(jdbc.sql("select count(*) from concern where subject_name like 'Nul%Testsson'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aBodyThatIsNotJsonIsAnsweredWithOurProblemDetails() throws Exception {
        mvc.perform(post("/api/v1/concerns")
                        .with(httpBasic("skola", "demo"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("oro"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("urn:traden:problem:unsupported-media-type"))
                .andExpect(jsonPath("$.title").value("Förfrågan har en innehållstyp som inte tas emot: skicka JSON"));
        mvc.perform(put("/api/v1/concerns").with(httpBasic("skola", "demo")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().exists("Allow"))
                .andExpect(jsonPath("$.type").value("urn:traden:problem:method-not-allowed"));
    }

    @Test
    void aPathTheFirewallRejectsIsAnsweredWithProblemDetails() throws Exception {
        mvc.perform(get(URI.create("/api/v1/people/..%2F..%2Fetc")).with(httpBasic("ic", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("urn:traden:problem:rejected-request"));
    }

    @Test
    void aBodyNestedThousandsDeepIsUnreadableNotAStackOverflow() throws Exception {
        mvc.perform(post("/api/v1/concerns")
                        .with(httpBasic("skola", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[".repeat(5000) + "]".repeat(5000)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }
}
