package se.traden.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.traden.support.IntegrationTest;

/**
 * OpenID Connect against a real provider: a mock OAuth2 server on a random port plays the
 * municipality's login service, and a real HTTP client with cookies follows the redirects between the
 * two as a browser would. Proves the login of a known staff member, the refusal of an unknown one,
 * bearer tokens on the API, and a clear answer when the provider cannot be reached (the last test
 * stops the provider, so it runs last).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenIdConnectTest extends IntegrationTest {
    static final String ISSUER_ID = "municipality";
    static final String CLIENT_ID = "traden";
    static final String IC_SUBJECT = "oidc-ic-" + UUID.randomUUID();
    static final String AUDITOR_SUBJECT = "oidc-loggranskare-" + UUID.randomUUID();

    static final MockOAuth2Server provider = new MockOAuth2Server();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void municipalityLoginService(DynamicPropertyRegistry registry) {
        provider.start();
        String issuer = provider.issuerUrl(ISSUER_ID).toString();
        registry.add("spring.security.oauth2.client.registration.municipality.client-id", () -> CLIENT_ID);
        registry.add("spring.security.oauth2.client.registration.municipality.client-secret", () -> "test-secret");
        registry.add(
                "spring.security.oauth2.client.registration.municipality.client-name",
                () -> "Testkommunens inloggning");
        registry.add("spring.security.oauth2.client.registration.municipality.scope", () -> "openid,profile");
        registry.add("spring.security.oauth2.client.provider.municipality.issuer-uri", () -> issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> CLIENT_ID);
    }

    @AfterAll
    static void stopProvider() {
        try {
            provider.shutdown();
        } catch (RuntimeException alreadyStopped) {
            // the last test stops it itself
        }
    }

    @BeforeEach
    void twoStaffMembersLogInThroughTheMunicipality() {
        jdbc.sql("update account set oidc_subject = ? where username = 'ic'")
                .param(IC_SUBJECT)
                .update();
        jdbc.sql("update account set oidc_subject = ? where username = 'loggranskare'")
                .param(AUDITOR_SUBJECT)
                .update();
    }

    @Test
    @Order(1)
    void theLoginPageOffersTheMunicipalitysLogin() throws Exception {
        HttpResponse<String> page = browser().send(get("/login"), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("href=\"/oauth2/authorization/municipality\"")
                .contains("Logga in med Testkommunens inloggning");
    }

    @Test
    @Order(2)
    void aKnownSubjectLandsOnTheStartPageOfTheirFunction() throws Exception {
        provider.enqueueCallback(tokenFor(IC_SUBJECT));

        HttpResponse<String> landed =
                browser().send(get("/oauth2/authorization/municipality"), HttpResponse.BodyHandlers.ofString());

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/start/individual-coordinator");
        assertThat(landed.body()).contains("Start: Individkoordinator").contains("Ida Karlsson");
    }

    @Test
    @Order(3)
    void anUnknownSubjectIsToldThatThereIsNoAccountInTraden() throws Exception {
        provider.enqueueCallback(tokenFor("stranger-" + UUID.randomUUID()));

        HttpClient browser = browser();
        HttpResponse<String> landed =
                browser.send(get("/oauth2/authorization/municipality"), HttpResponse.BodyHandlers.ofString());

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/login");
        assertThat(landed.uri().getQuery()).isEqualTo("error=unknown");
        assertThat(landed.body()).contains("har inget konto i Tråden");
        // and nothing is open to them afterwards
        HttpResponse<String> start = browser.send(get("/"), HttpResponse.BodyHandlers.ofString());
        assertThat(start.uri().getPath()).isEqualTo("/login");
    }

    @Test
    @Order(4)
    void theApiAcceptsABearerTokenOfAKnownSubject() throws Exception {
        String token = provider.issueToken(ISSUER_ID, CLIENT_ID, tokenFor(AUDITOR_SUBJECT))
                .serialize();

        HttpResponse<String> entries = api("/api/v1/audit/entries?limit=1", token);

        assertThat(entries.statusCode()).isEqualTo(200);
        assertThat(entries.body()).startsWith("{\"entries\":");
        // the token's person is the actor: the individual coordinator is known, and refused the log review
        String icToken =
                provider.issueToken(ISSUER_ID, CLIENT_ID, tokenFor(IC_SUBJECT)).serialize();
        assertThat(api("/api/v1/audit/entries?limit=1", icToken).statusCode()).isEqualTo(403);
    }

    @Test
    @Order(5)
    void theApiRefusesTheTokenOfAnUnknownSubjectAsUnauthenticated() throws Exception {
        String token = provider.issueToken(ISSUER_ID, CLIENT_ID, tokenFor("stranger-" + UUID.randomUUID()))
                .serialize();

        HttpResponse<String> response = api("/api/v1/audit/entries", token);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"type\":\"urn:traden:problem:unauthenticated\"");
    }

    @Test
    @Order(6)
    void theApiRefusesATokenFromAnotherIssuerOrForAnotherAudience() throws Exception {
        String otherIssuer = provider.issueToken(
                        "another-issuer",
                        CLIENT_ID,
                        new DefaultOAuth2TokenCallback(
                                "another-issuer", AUDITOR_SUBJECT, "JWT", List.of(CLIENT_ID), Map.of(), 3600))
                .serialize();
        String otherAudience = provider.issueToken(
                        ISSUER_ID,
                        CLIENT_ID,
                        new DefaultOAuth2TokenCallback(
                                ISSUER_ID, AUDITOR_SUBJECT, "JWT", List.of("some-other-system"), Map.of(), 3600))
                .serialize();

        for (String token : List.of(otherIssuer, otherAudience)) {
            HttpResponse<String> response = api("/api/v1/audit/entries", token);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).contains("urn:traden:problem:unauthenticated");
        }
    }

    @Test
    @Order(7)
    void aRefusedOrForgedReturnFromTheProviderGivesTheLoginMessage() throws Exception {
        HttpClient browser = browser(HttpClient.Redirect.NEVER);
        for (String callback : List.of(
                "/login/oauth2/code/municipality?error=access_denied&state=whatever",
                "/login/oauth2/code/municipality?code=forged&state=forged")) {
            HttpResponse<String> response = browser.send(get(callback), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error=oidc"));
        }
    }

    @Test
    @Order(100)
    void aProviderThatCannotBeReachedGivesAClearMessageNotAnError() throws Exception {
        provider.enqueueCallback(tokenFor(IC_SUBJECT));
        HttpClient browser = browser(HttpClient.Redirect.NEVER);

        // to the provider and back with a code, as far as the browser is concerned
        HttpResponse<String> toProvider =
                browser.send(get("/oauth2/authorization/municipality"), HttpResponse.BodyHandlers.ofString());
        URI authorize = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> backWithCode =
                browser.send(HttpRequest.newBuilder(authorize).GET().build(), HttpResponse.BodyHandlers.ofString());
        URI callback = URI.create(backWithCode.headers().firstValue("Location").orElseThrow());
        assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/municipality");

        String signedWithANewKey = provider.issueToken(
                        "another-issuer",
                        CLIENT_ID,
                        new DefaultOAuth2TokenCallback(
                                "another-issuer", AUDITOR_SUBJECT, "JWT", List.of(CLIENT_ID), Map.of(), 3600))
                .serialize();
        String signedWithAKnownKey = provider.issueToken(ISSUER_ID, CLIENT_ID, tokenFor(AUDITOR_SUBJECT))
                .serialize();

        // then the network to the provider is lost before Tråden can redeem the code
        provider.shutdown();
        HttpResponse<String> afterCallback =
                browser.send(HttpRequest.newBuilder(callback).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(afterCallback.statusCode()).isEqualTo(302);
        assertThat(afterCallback.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error=oidc"));
        HttpResponse<String> loginPage = browser.send(get("/login?error=oidc"), HttpResponse.BodyHandlers.ofString());
        assertThat(loginPage.statusCode()).isEqualTo(200);
        assertThat(loginPage.body()).contains("Kommunens inloggningstjänst svarade inte");

        // the API keeps accepting tokens signed with keys it already has, and says when it cannot check one
        assertThat(api("/api/v1/audit/entries?limit=1", signedWithAKnownKey).statusCode())
                .isEqualTo(200);
        HttpResponse<String> uncheckable = api("/api/v1/audit/entries?limit=1", signedWithANewKey);
        assertThat(uncheckable.statusCode()).isEqualTo(503);
        assertThat(uncheckable.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(uncheckable.body()).contains("urn:traden:problem:identity-provider-unavailable");

        // a new attempt is still answered (the browser is sent on to the provider), not failed
        HttpResponse<String> again =
                browser.send(get("/oauth2/authorization/municipality"), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(302);
    }

    private DefaultOAuth2TokenCallback tokenFor(String subject) {
        return new DefaultOAuth2TokenCallback(
                ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), Map.of("name", "Test Person"), 3600);
    }

    private HttpClient browser() {
        return browser(HttpClient.Redirect.NORMAL);
    }

    private static HttpClient browser(HttpClient.Redirect redirects) {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(redirects)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .GET()
                .build();
    }

    private HttpResponse<String> api(String path, String bearer) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + bearer)
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
