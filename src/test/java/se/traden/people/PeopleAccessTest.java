package se.traden.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may do what with the register, endpoint by endpoint and function by function, and that nothing
 * crosses from one municipality to another. Every refusal must be in the access log.
 */
class PeopleAccessTest extends PeopleTestSupport {

    /** What each endpoint does, in the terms of {@link PeopleAccessPolicy}. */
    enum Power {
        REGISTER,
        RELATE,
        SEARCH,
        READ,
        UPDATE
    }

    /** An endpoint of the UI or API, the power it needs and the status it answers when allowed. */
    enum Endpoint {
        UI_SEARCH_PAGE(Power.SEARCH, 200),
        UI_SEARCH(Power.SEARCH, 200),
        UI_REGISTER_PAGE(Power.REGISTER, 200),
        UI_REGISTER(Power.REGISTER, 302),
        UI_READ(Power.READ, 200),
        UI_EDIT_PAGE(Power.UPDATE, 200),
        UI_UPDATE(Power.UPDATE, 302),
        UI_RELATE_PAGE(Power.RELATE, 200),
        UI_RELATE_NEW(Power.RELATE, 302),
        UI_RELATE_EXISTING(Power.RELATE, 302),
        API_REGISTER(Power.REGISTER, 201),
        API_SEARCH(Power.SEARCH, 200),
        API_READ(Power.READ, 200),
        API_UPDATE(Power.UPDATE, 204),
        API_RELATE(Power.RELATE, 201);

        final Power power;
        final int allowedStatus;

        Endpoint(Power power, int allowedStatus) {
            this.power = power;
            this.allowedStatus = allowedStatus;
        }

        boolean isApi() {
            return name().startsWith("API_");
        }
    }

    /** A demo user, the function they act in and what that function may do. */
    record User(String username, String function, Set<Power> powers) {}

    static final Set<Power> ALL = Set.of(Power.values());
    static final Set<Power> CORRECT = Set.of(Power.SEARCH, Power.READ, Power.UPDATE);

    static final List<User> USERS = List.of(
            new User("ic", "INDIVIDUAL_COORDINATOR", ALL),
            new User("cm1", "CASE_MANAGER", ALL),
            new User("mottagning", "INTAKE_UNIT", ALL),
            new User("socialjour", "OUT_OF_HOURS", ALL),
            new User("admin", "ADMINISTRATOR", CORRECT),
            new User("gruppchef", "GROUP_MANAGER", Set.of()),
            new User("handlaggare", "CASE_OFFICER", Set.of()),
            new User("skola", "REPORTER", Set.of()),
            new User("polis", "REPORTER", Set.of()),
            new User("styrgrupp", "STEERING_GROUP", Set.of()),
            new User("loggranskare", "LOG_AUDITOR", Set.of()));

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (User user : USERS) {
            for (Endpoint endpoint : Endpoint.values()) {
                cases.add(Arguments.of(user.username(), endpoint, user));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void eachFunctionMayDoWhatThePolicySaysAndNothingElse(String username, Endpoint endpoint, User user)
            throws Exception {
        UUID child = registerChild("ic", "Matris", "Barn", Numbers.child());
        long deniedBefore = denials(username);
        long lastEntry = lastEntry();

        int status = mvc.perform(request(endpoint, username, child))
                .andReturn()
                .getResponse()
                .getStatus();

        if (user.powers().contains(endpoint.power)) {
            assertThat(status).as("%s %s", username, endpoint).isEqualTo(endpoint.allowedStatus);
            assertThat(denials(username)).isEqualTo(deniedBefore);
            if (endpoint != Endpoint.UI_SEARCH_PAGE && endpoint != Endpoint.UI_REGISTER_PAGE) {
                // the pages without personal data log nothing; everything else logs the function acted in
                assertThat(jdbc.sql("""
                                        select distinct acting_function from access_log
                                        where id > ? and username = ? and outcome = 'ALLOWED'
                                        """)
                                .params(lastEntry, username)
                                .query(String.class)
                                .list())
                        .containsExactly(user.function());
            }
        } else {
            assertThat(status).as("%s %s", username, endpoint).isEqualTo(403);
            assertThat(denials(username)).as("the refusal is logged").isEqualTo(deniedBefore + 1);
            assertThat(jdbc.sql(
                                    "select record_type from access_log where id > ? and username = ? and outcome = 'DENIED'")
                            .params(lastEntry, username)
                            .query(String.class)
                            .single())
                    .as("refused by the register's own check, not by something else")
                    .isIn("person", "person-search");
            assertThat(jdbc.sql("select count(*) from access_log where id > ? and username = ? and outcome = 'ALLOWED'")
                            .params(lastEntry, username)
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }

    @Test
    void anotherMunicipalitysPersonIsNotFoundInTheUiAndTheAttemptIsLogged() throws Exception {
        UUID sjostad = registerChild("ic", "Sjöstadsbarn", "Gränsdragen", Numbers.child());

        assertThat(mvc.perform(get("/people/{id}", sjostad).session(login("aby-ic")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/people/{id}/edit", sjostad).session(login("aby-ic")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        assertThat(jdbc.sql("""
                                select action from access_log
                                where username = 'aby-ic' and outcome = 'DENIED' and record_type = 'person'
                                  and record_id = ?
                                order by id
                                """).param(sjostad.toString()).query(String.class).list())
                .containsExactly("READ", "READ");
        assertThat(jdbc.sql("""
                                select count(*) from access_log
                                where outcome = 'ALLOWED' and (person_id = ? or record_id = ?) and username = 'aby-ic'
                                """)
                        .params(sjostad, sjostad.toString())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anotherMunicipalitysPersonIsNotFoundInTheApiAndTheAttemptIsLogged() throws Exception {
        UUID sjostad = registerChild("ic", "Sjöstadsbarn", "Apigräns", Numbers.child());
        long before = jdbc.sql("select count(*) from access_log where username = 'aby-ic' and record_id = ?")
                .param(sjostad.toString())
                .query(Long.class)
                .single();

        for (Endpoint endpoint : List.of(Endpoint.API_READ, Endpoint.API_UPDATE, Endpoint.API_RELATE)) {
            var response = mvc.perform(request(endpoint, "aby-ic", sjostad))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(endpoint.name()).isEqualTo(404);
            assertThat(response.getContentAsString())
                    .contains("urn:traden:problem:not-found")
                    .doesNotContain("Sjöstadsbarn");
        }

        assertThat(jdbc.sql("""
                                select outcome || ' ' || action from access_log
                                where username = 'aby-ic' and record_id = ? order by id
                                """)
                        .param(sjostad.toString())
                        .query(String.class)
                        .list()
                        .subList((int) before, (int) before + 3))
                .containsExactly("DENIED READ", "DENIED UPDATE", "DENIED UPDATE");
        assertThat(versionOf(sjostad)).isZero();
        assertThat(jdbc.sql("select count(*) from person_relation where child_id = ?")
                        .param(sjostad)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aMissingPersonIsAnsweredExactlyLikeAnotherMunicipalitysPerson() throws Exception {
        UUID sjostad = registerChild("ic", "Sjöstadsbarn", "Likadant", Numbers.child());
        var foreign = mvc.perform(get("/api/v1/people/{id}", sjostad).with(httpBasic("aby-ic", "demo")))
                .andReturn()
                .getResponse();
        var missing = mvc.perform(get("/api/v1/people/{id}", UUID.randomUUID()).with(httpBasic("aby-ic", "demo")))
                .andReturn()
                .getResponse();

        assertThat(foreign.getStatus()).isEqualTo(missing.getStatus()).isEqualTo(404);
        assertThat(parse(foreign.getContentAsString()).get("type"))
                .isEqualTo(parse(missing.getContentAsString()).get("type"));
    }

    private MockHttpServletRequestBuilder request(Endpoint endpoint, String username, UUID child) throws Exception {
        String number = jdbc.sql("select personal_number from person where id = ?")
                .param(child)
                .query(String.class)
                .optional()
                .orElse(Numbers.child());
        return switch (endpoint) {
            case UI_SEARCH_PAGE -> get("/people").session(login(username));
            case UI_SEARCH ->
                post("/people/search").session(login(username)).with(csrf()).param("personalNumber", number);
            case UI_REGISTER_PAGE -> get("/people/new").session(login(username));
            case UI_REGISTER ->
                post("/people/new")
                        .session(login(username))
                        .with(csrf())
                        .param("givenNames", "Ny")
                        .param("familyName", "Matris")
                        .param("identityKind", "PERSONAL_NUMBER")
                        .param("personalNumber", Numbers.child());
            case UI_READ -> get("/people/{id}", child).session(login(username));
            case UI_EDIT_PAGE -> get("/people/{id}/edit", child).session(login(username));
            case UI_UPDATE ->
                post("/people/{id}/edit", child)
                        .session(login(username))
                        .with(csrf())
                        .param("version", "0")
                        .param("givenNames", "Rättad")
                        .param("familyName", "Barn")
                        .param("personalNumber", number);
            case UI_RELATE_PAGE -> get("/people/{id}/relations/new", child).session(login(username));
            case UI_RELATE_NEW ->
                post("/people/{id}/relations/new", child)
                        .session(login(username))
                        .with(csrf())
                        .param("relation", "GUARDIAN")
                        .param("givenNames", "Vera")
                        .param("familyName", "Vårdnad");
            case UI_RELATE_EXISTING -> {
                UUID other = registerChild("ic", "Syskon", "Matris", Numbers.child());
                String otherNumber = jdbc.sql("select personal_number from person where id = ?")
                        .param(other)
                        .query(String.class)
                        .single();
                yield post("/people/{id}/relations/link", child)
                        .session(login(username))
                        .with(csrf())
                        .param("relation", "SIBLING")
                        .param("personalNumber", otherNumber);
            }
            case API_REGISTER ->
                api(post("/api/v1/people/children"), username)
                        .content(json(Map.of(
                                "givenNames", "Ny",
                                "familyName", "Matris",
                                "identityKind", "PERSONAL_NUMBER",
                                "personalNumber", Numbers.child())));
            case API_SEARCH ->
                api(post("/api/v1/people/search"), username).content(json(Map.of("personalNumber", number)));
            case API_READ -> get("/api/v1/people/{id}", child).with(httpBasic(username, "demo"));
            case API_UPDATE ->
                api(put("/api/v1/people/{id}", child), username)
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .content(json(Map.of("givenNames", "Rättad", "familyName", "Barn", "personalNumber", number)));
            case API_RELATE ->
                api(post("/api/v1/people/{id}/relations", child), username)
                        .content(json(Map.of(
                                "relation",
                                "OTHER_RELATIVE",
                                "person",
                                Map.of("givenNames", "Moster", "familyName", "Matris"))));
        };
    }

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String username) {
        return request.with(httpBasic(username, "demo")).contentType(MediaType.APPLICATION_JSON);
    }

    private long denials(String username) {
        return jdbc.sql("select count(*) from access_log where username = ? and outcome = 'DENIED'")
                .param(username)
                .query(Long.class)
                .single();
    }

    private long lastEntry() {
        return jdbc.sql("select coalesce(max(id), 0) from access_log")
                .query(Long.class)
                .single();
    }
}
