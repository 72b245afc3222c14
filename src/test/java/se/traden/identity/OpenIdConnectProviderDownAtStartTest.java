package se.traden.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
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
 * Tråden starts while the municipality's login service is down, says so to whoever tries to log in
 * through it, and lets them in once the service is back, without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenIdConnectProviderDownAtStartTest extends IntegrationTest {
    static final String ISSUER_ID = "municipality";
    static final String CLIENT_ID = "traden";
    static final String SUBJECT = "oidc-gruppchef-" + UUID.randomUUID();
    static final int PROVIDER_PORT = freePort();
    static final MockOAuth2Server provider = new MockOAuth2Server();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void aProviderThatIsNotThereYet(DynamicPropertyRegistry registry) {
        String issuer = "http://localhost:" + PROVIDER_PORT + "/" + ISSUER_ID;
        registry.add("spring.security.oauth2.client.registration.municipality.client-id", () -> CLIENT_ID);
        registry.add("spring.security.oauth2.client.registration.municipality.client-secret", () -> "test-secret");
        registry.add("spring.security.oauth2.client.registration.municipality.scope", () -> "openid");
        registry.add("spring.security.oauth2.client.provider.municipality.issuer-uri", () -> issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> CLIENT_ID);
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @Test
    @Order(1)
    void theLoginPageStillOffersTheMunicipalitysLogin() throws Exception {
        HttpResponse<String> page = browser().send(get("/login"), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/oauth2/authorization/municipality\"");
    }

    @Test
    @Order(2)
    void aLoginAttemptIsToldThatTheServiceDoesNotAnswer() throws Exception {
        HttpResponse<String> landed =
                browser().send(get("/oauth2/authorization/municipality"), HttpResponse.BodyHandlers.ofString());
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().toString()).endsWith("/login?error=oidc");
        assertThat(landed.body()).contains("Kommunens inloggningstjänst svarade inte");
    }

    @Test
    @Order(3)
    void aBearerTokenThatCannotBeCheckedIsAnsweredWithServiceUnavailable() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/audit/entries"))
                                .header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("urn:traden:problem:identity-provider-unavailable");
    }

    @Test
    @Order(4)
    void onceTheServiceIsBackTheNextLoginSucceeds() throws Exception {
        provider.start(PROVIDER_PORT);
        jdbc.sql("update account set oidc_subject = ? where username = 'gruppchef'")
                .param(SUBJECT)
                .update();
        provider.enqueueCallback(
                new DefaultOAuth2TokenCallback(ISSUER_ID, SUBJECT, "JWT", List.of(CLIENT_ID), Map.of(), 3600));

        HttpResponse<String> landed =
                browser().send(get("/oauth2/authorization/municipality"), HttpResponse.BodyHandlers.ofString());

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/start/group-manager");
        assertThat(landed.body()).contains("Göran Berg");
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .GET()
                .build();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
