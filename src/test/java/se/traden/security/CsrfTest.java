package se.traden.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.traden.support.CaseFixtures;
import se.traden.support.IntegrationTest;
import se.traden.support.UiLogin;

/**
 * Cross-site request forgery: every form post of the UI (each POST mapping outside the API, read from the
 * running application) is refused without its token, and with a wrong one, even for a logged-in user
 * who could otherwise send it, and nothing is written. An API call that rides on the session cookie
 * needs the token too; one that carries its own credentials does not.
 */
class CsrfTest extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyFormPostIsRefusedWithoutItsTokenAndWritesNothing() throws Exception {
        new CaseFixtures(mvc, jdbc).anActivatedCase(registeredChild(), "cm1");
        var paths = new RecordPaths(jdbc);
        var writes = new SchemaWrites(jdbc);
        List<Endpoint> posts = Endpoint.uiPosts(mappings);
        assertThat(posts).hasSizeGreaterThan(40);
        var accepted = new ArrayList<String>();
        long logged = accessLogCount("true");
        for (Endpoint endpoint : posts) {
            String path = paths.path(endpoint);
            for (String user : List.of("ic", "cm1", "admin")) {
                for (boolean wrongToken : List.of(false, true)) {
                    MockHttpServletRequestBuilder request = post(URI.create(path))
                            .with(UiLogin.as(mvc, user))
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .param("version", "0")
                            .param("text", "Förfalskad");
                    if (wrongToken) {
                        request.with(csrf().useInvalidToken());
                    }
                    Map<String, long[]> before = writes.since(writes.mark());
                    long mark = writes.mark();
                    int answer = mvc.perform(request).andReturn().getResponse().getStatus();
                    List<String> changes = SchemaWrites.changes(before, writes.since(mark));
                    if (answer != 403 || !changes.isEmpty()) {
                        accepted.add(endpoint + " as " + user + (wrongToken ? " (wrong token)" : "") + " -> " + answer
                                + " " + changes);
                    }
                }
            }
        }
        System.out.printf("CSRF: %d form posts refused without a token, as 3 users%n", posts.size());
        assertThat(accepted).isEmpty();
        assertThat(accessLogCount("true"))
                .as("a missing token is not an attempt on data: not logged as one")
                .isEqualTo(logged);
    }

    @Test
    void loginAndLogoutNeedTheTokenToo() throws Exception {
        mvc.perform(post("/login").param("username", "ic").param("password", "demo"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(UiLogin.as(mvc, "cm2"))).andExpect(status().isForbidden());
    }

    @Test
    void anApiCommandOnTheSessionCookieNeedsTheTokenButOneWithItsOwnCredentialsDoesNot() throws Exception {
        String concern = """
                {"subjectName": "Barn Csrfsson", "worry": "Oro", "problemAreas": ["CRIME"],
                 "mandatoryReport": "FILED", "reporterOrganisation": "Sjöskolan",
                 "reporterContact": "elevhalsan@sjoskolan.example"}""";
        mvc.perform(post("/api/v1/concerns")
                        .with(UiLogin.as(mvc, "skola"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(concern))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:csrf"));
        mvc.perform(post("/api/v1/concerns")
                        .with(UiLogin.as(mvc, "skola"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(concern))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/concerns")
                        .with(httpBasic("skola", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(concern))
                .andExpect(status().isCreated());
    }

    @Test
    void everyPostFormInTheTemplatesGetsItsTokenFromThAction() throws IOException {
        Pattern form = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);
        var withoutToken = new ArrayList<String>();
        int forms = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var m = form.matcher(Files.readString(file));
                while (m.find()) {
                    String tag = m.group();
                    if (tag.toLowerCase().matches("(?s).*method\\s*=\\s*\"post\".*")) {
                        forms++;
                        if (!tag.contains("th:action")) {
                            withoutToken.add(file + ": " + tag);
                        }
                    }
                }
            }
        }
        assertThat(forms).isGreaterThan(40);
        assertThat(withoutToken)
                .as("a post form without th:action gets no CSRF token")
                .isEmpty();
    }
}
