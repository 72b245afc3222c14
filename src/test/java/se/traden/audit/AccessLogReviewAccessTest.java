package se.traden.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.traden.support.IntegrationTest;

/**
 * Who may review the log: every endpoint of the review against every demo function. Only the log
 * auditor and the group manager get in; everyone else is refused, and the refusal is logged.
 */
class AccessLogReviewAccessTest extends IntegrationTest {
    private static final List<String> REVIEWERS = List.of("gruppchef", "loggranskare");
    private static final List<String> USERS = List.of(
            "ic",
            "cm1",
            "gruppchef",
            "handlaggare",
            "mottagning",
            "socialjour",
            "skola",
            "polis",
            "styrgrupp",
            "loggranskare",
            "admin");

    record Endpoint(String name, boolean api, BiFunction<MockMvc, String, MockHttpServletRequestBuilder> request) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /audit", false, (mvc, user) -> get("/audit").with(SessionLogin.as(mvc, user))),
            new Endpoint(
                    "GET /audit?username=ic",
                    false,
                    (mvc, user) -> get("/audit").param("username", "ic").with(SessionLogin.as(mvc, user))),
            new Endpoint(
                    "GET /audit/denied",
                    false,
                    (mvc, user) -> get("/audit/denied").with(SessionLogin.as(mvc, user))),
            new Endpoint(
                    "GET /audit/verification",
                    false,
                    (mvc, user) -> get("/audit/verification").with(SessionLogin.as(mvc, user))),
            new Endpoint(
                    "POST /audit/verification",
                    false,
                    (mvc, user) -> post("/audit/verification").with(csrf()).with(SessionLogin.as(mvc, user))),
            new Endpoint(
                    "GET /api/v1/audit/entries",
                    true,
                    (mvc, user) -> get("/api/v1/audit/entries?limit=5").with(httpBasic(user, "demo"))),
            new Endpoint(
                    "GET /api/v1/audit/entries?outcome=DENIED",
                    true,
                    (mvc, user) ->
                            get("/api/v1/audit/entries?outcome=DENIED&limit=5").with(httpBasic(user, "demo"))),
            new Endpoint(
                    "POST /api/v1/audit/verification",
                    true,
                    (mvc, user) -> post("/api/v1/audit/verification").with(httpBasic(user, "demo"))));

    static Stream<Arguments> everyFunctionOnEveryEndpoint() {
        return USERS.stream()
                .flatMap(user -> ENDPOINTS.stream()
                        .map(endpoint -> Arguments.of(user, endpoint, REVIEWERS.contains(user) ? 200 : 403)));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("everyFunctionOnEveryEndpoint")
    void onlyTheLogAuditorAndTheGroupManagerGetIn(String user, Endpoint endpoint, int expected) throws Exception {
        long deniedBefore = accessLogCount("username = ? and outcome = 'DENIED'", user);

        var result = mvc.perform(endpoint.request().apply(mvc, user)).andExpect(status().is(expected));

        long deniedAfter = accessLogCount("username = ? and outcome = 'DENIED'", user);
        if (expected == 403) {
            assertThat(deniedAfter).as("the refusal is logged").isEqualTo(deniedBefore + 1);
            if (endpoint.api()) {
                result.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            }
        } else {
            assertThat(deniedAfter).isEqualTo(deniedBefore);
        }
    }
}
