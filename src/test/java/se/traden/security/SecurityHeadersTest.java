package se.traden.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.traden.support.CaseFixtures;
import se.traden.support.IntegrationTest;
import se.traden.support.UiLogin;

/**
 * Every page (each GET mapping outside the API, visited with existing records as the first demo user it
 * opens for) and the API send the security headers: a content security policy without inline script,
 * no framing, no referrer, no sniffing, and {@code Cache-Control: no-store}, since nearly every page
 * names a child. HSTS goes out on HTTPS. The templates hold no inline script, event handler or style
 * attribute, so the policy can stay strict.
 */
class SecurityHeadersTest extends IntegrationTest {
    private static final List<String> USERS =
            List.of("ic", "cm1", "admin", "gruppchef", "loggranskare", "handlaggare", "skola", "styrgrupp");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPageSendsTheSecurityHeadersAndIsNotStored() throws Exception {
        new CaseFixtures(mvc, jdbc).anActivatedCase(registeredChild(), "cm1");
        var paths = new RecordPaths(jdbc);
        var faults = new ArrayList<String>();
        int pages = 0;
        int shown = 0;
        for (Endpoint endpoint : Endpoint.all(mappings)) {
            if (endpoint.method() != RequestMethod.GET
                    || endpoint.pattern().startsWith("/api/")
                    || !endpoint.handler().getBeanType().getPackageName().startsWith("se.traden")) {
                continue;
            }
            pages++;
            String path = paths.path(endpoint);
            for (String user : USERS) {
                MockHttpServletResponse response = mvc.perform(
                                get(URI.create(path)).with(UiLogin.as(mvc, user)))
                        .andReturn()
                        .getResponse();
                faults.addAll(headerFaults(endpoint + " as " + user, response));
                if (response.getStatus() == 200) {
                    shown++;
                    break;
                }
            }
        }
        System.out.printf("Security headers: %d pages, %d shown with content%n", pages, shown);
        assertThat(pages).isGreaterThan(50);
        assertThat(shown).as("most pages open for one of the demo users").isGreaterThan(pages / 2);
        assertThat(faults).isEmpty();
    }

    @Test
    void theLoginPageStaticFilesAndTheApiSendThemToo() throws Exception {
        assertThat(headerFaults("login", mvc.perform(get("/login")).andReturn().getResponse()))
                .isEmpty();
        assertThat(headerFaults(
                        "css", mvc.perform(get("/css/traden.css")).andReturn().getResponse()))
                .isEmpty();
        assertThat(headerFaults(
                        "api",
                        mvc.perform(get("/api/v1/concerns/inbox").with(httpBasic("ic", "demo")))
                                .andReturn()
                                .getResponse()))
                .isEmpty();
        assertThat(headerFaults(
                        "api refusal",
                        mvc.perform(get("/api/v1/concerns/inbox")).andReturn().getResponse()))
                .isEmpty();
    }

    @Test
    void strictTransportSecurityIsSentOverHttpsOnly() throws Exception {
        MockHttpServletResponse secure =
                mvc.perform(get("/login").secure(true)).andReturn().getResponse();
        assertThat(secure.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        MockHttpServletResponse plain = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void templatesHoldNoInlineScriptEventHandlerOrStyle() throws IOException {
        Pattern inline = Pattern.compile(
                "<script(?![^>]*\\bsrc=)|\\son[a-z]+\\s*=|\\sth:on[a-z]+\\s*=|\\sstyle\\s*=|\\sth:style\\s*=|javascript:",
                Pattern.CASE_INSENSITIVE);
        var found = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                var m = inline.matcher(html);
                while (m.find()) {
                    found.add(file + ": " + m.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    static List<String> headerFaults(String what, MockHttpServletResponse response) {
        var faults = new ArrayList<String>();
        String csp = response.getHeader("Content-Security-Policy");
        if (csp == null) {
            faults.add(what + ": no Content-Security-Policy");
        } else {
            String scripts = directive(csp, "script-src", directive(csp, "default-src", ""));
            if (scripts.isEmpty() || scripts.contains("'unsafe-inline'") || scripts.contains("'unsafe-eval'")) {
                faults.add(what + ": scripts not restricted: " + csp);
            }
            if (!directive(csp, "frame-ancestors", "").equals("'none'")) {
                faults.add(what + ": frame-ancestors not 'none': " + csp);
            }
            if (!directive(csp, "object-src", "").equals("'none'")) {
                faults.add(what + ": object-src not 'none': " + csp);
            }
        }
        expect(faults, what, response, "Referrer-Policy", "no-referrer");
        expect(faults, what, response, "X-Content-Type-Options", "nosniff");
        expect(faults, what, response, "X-Frame-Options", "DENY");
        String cache = response.getHeader("Cache-Control");
        if (cache == null || !cache.contains("no-store")) {
            faults.add(what + ": Cache-Control " + cache);
        }
        return faults;
    }

    private static void expect(
            List<String> faults, String what, MockHttpServletResponse response, String header, String value) {
        if (!value.equals(response.getHeader(header))) {
            faults.add(what + ": " + header + " " + response.getHeader(header));
        }
    }

    private static String directive(String csp, String name, String otherwise) {
        for (String part : csp.split(";")) {
            String trimmed = part.strip();
            if (trimmed.startsWith(name + " ")) {
                return trimmed.substring(name.length()).strip();
            }
        }
        return otherwise;
    }
}
