package se.traden.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import se.traden.support.CaseFixtures;
import se.traden.support.MockMvcSessions;
import se.traden.support.TestDatabase;

/**
 * Base of the end-to-end tests in a real browser: the whole application on a random port, on the same
 * real PostgreSQL and demo municipalities as the integration tests, and Debian's Chromium driven the
 * way people use it: each person logs in with the login form as their own function, in a browser
 * context of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MockMvcSessions.class)
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class BrowserTest {
    /** Long enough for a slow shared build machine, short enough to fail fast on a missing element. */
    private static final double TIMEOUT_MS = 20_000;

    @LocalServerPort
    int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected MockMvc mvc;

    private static boolean loginPageChecked;

    private final List<BrowserContext> contexts = new ArrayList<>();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::username);
    }

    /** A new browser window in which the demo user has logged in through the login page. */
    protected Tab as(String username) {
        BrowserContext context = Chromium.browser()
                .newContext(new Browser.NewContextOptions()
                        .setLocale("sv-SE")
                        .setTimezoneId("Europe/Stockholm")
                        .setViewportSize(1280, 900));
        context.setDefaultTimeout(TIMEOUT_MS);
        context.addInitScript(Axe.SCRIPT);
        contexts.add(context);
        var tab = new Tab(context.newPage(), username, "http://localhost:" + port);
        // The login page is the same for everyone: checked and pictured on the first login of the run.
        if (loginPageChecked) {
            tab.page.navigate(tab.baseUrl() + "/login");
        } else {
            tab.open("/login", "login");
            loginPageChecked = true;
        }
        tab.fill("Användarnamn", username).fill("Lösenord", "demo");
        tab.press("Logga in");
        return tab.shows("start");
    }

    /**
     * A case held by the case manager (a demo username), made through the API as the earlier walk makes it
     * through the pages, so that a walk can start where the previous one ended.
     */
    protected String activatedCase(Child child, String caseManager) throws Exception {
        return new CaseFixtures(mvc, jdbc).anActivatedCase(caseManager, registered(child));
    }

    /** Registers the child in Sjöstad's person register through the API; returns its id. */
    protected UUID registered(Child child) throws Exception {
        var result = mvc.perform(MockMvcRequestBuilders.post("/api/v1/people/children")
                        .with(SecurityMockMvcRequestPostProcessors.httpBasic("ic", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"givenNames": "%s", "familyName": "%s", "identityKind": "PERSONAL_NUMBER",
                                 "personalNumber": "%s"}""".formatted(child.givenNames(), child.familyName(), child.personalNumber())))
                .andReturn();
        if (result.getResponse().getStatus() != 201) {
            throw new IllegalStateException(
                    "could not register " + child + ": " + result.getResponse().getContentAsString());
        }
        return UUID.fromString(
                com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id"));
    }

    @AfterEach
    void closeWindows() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }
}
