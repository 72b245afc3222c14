package se.traden.shared;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import se.traden.support.IntegrationTest;

class ApiBasicsTest extends IntegrationTest {

    @Test
    void theOpenApiDescriptionIsAtAStableUrl() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.info.title").value("Tråden API"));
    }

    @Test
    void anUnauthenticatedApiCallGetsProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/organisation/core-components"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:traden:problem:unauthenticated"))
                .andExpect(jsonPath("$.title").value("Inloggning krävs"));
    }

    @Test
    void wrongPasswordOverBasicIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/organisation/core-components").with(httpBasic("ic", "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownApiPathIsAProblemToo() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").with(httpBasic("ic", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aSessionCannotPostToTheApiWithoutACsrfToken() throws Exception {
        mvc.perform(post("/api/v1/no-such-thing")
                        .sessionAttr("x", "y")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPageHasExactlyOneMainLandmark() throws Exception {
        String html = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(html.split("<main", -1)).hasSize(2);
    }

    @Test
    void pagesCarrySecurityHeadersAndAreNotCached() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
    }
}
