package se.traden.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.traden.shared.MunicipalityScope;

/**
 * Base of the tests that run the whole application on real PostgreSQL, with the demo municipalities
 * seeded. All such tests share one application context. Sessions live in PostgreSQL as in production;
 * {@link MockMvcSessions} lets a test carry one in a mock session.
 */
@SpringBootTest
@Import(MockMvcSessions.class)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class IntegrationTest {

    @Autowired
    protected MockMvc mvc;

    /**
     * The application's own connection (it takes part in a transaction the test runs). On the test's thread,
     * where nobody acts, it sees every municipality (see {@link #actForTheSystemWhereNobodyActs}); the
     * database as its owner sees it is {@link TestDatabase#owner()}.
     */
    @Autowired
    protected JdbcClient jdbc;

    /** Also before a class's own {@code @BeforeAll}, which often sets up data through the modules' beans. */
    @BeforeAll
    static void actForTheSystemBeforeTheClass() {
        MunicipalityScope.actForTheSystemWithoutAnActorOnThisThread(true);
    }

    @BeforeEach
    void actForTheSystemWhereNobodyActs() {
        MunicipalityScope.actForTheSystemWithoutAnActorOnThisThread(true);
    }

    @AfterAll
    static void stopActingForTheSystem() {
        MunicipalityScope.actForTheSystemWithoutAnActorOnThisThread(false);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", () -> TestDatabase.APP_USER);
        registry.add("spring.flyway.url", TestDatabase::url);
        registry.add("spring.flyway.user", TestDatabase::username);
    }

    /** Registers a child with a fresh valid personal identity number in Sjöstad, through the API. */
    protected java.util.UUID registeredChild() throws Exception {
        return registeredChild(TestNumbers.child());
    }

    /** Registers a child born on the given day. */
    protected java.util.UUID registeredChildBornOn(java.time.LocalDate birth) throws Exception {
        return registeredChild(TestNumbers.bornOn(birth));
    }

    private java.util.UUID registeredChild(String number) throws Exception {
        var result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/people/children")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("ic", "demo"))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"givenNames\": \"Testbarn\", \"familyName\": \"Fixtur\","
                                + " \"identityKind\": \"PERSONAL_NUMBER\", \"personalNumber\": \""
                                + number + "\"}"))
                .andReturn();
        if (result.getResponse().getStatus() != 201) {
            throw new IllegalStateException(
                    "could not register a test child: " + result.getResponse().getContentAsString());
        }
        String id = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id");
        return java.util.UUID.fromString(id);
    }

    protected long accessLogCount(String where, Object... params) {
        return jdbc.sql("select count(*) from access_log where " + where)
                .params(params)
                .query(Long.class)
                .single();
    }
}
