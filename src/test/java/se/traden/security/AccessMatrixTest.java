package se.traden.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.traden.organisation.MunicipalitySetup;
import se.traden.security.AccessMatrix.Answer;
import se.traden.security.AccessMatrix.Row;
import se.traden.security.AccessMatrix.Rule;
import se.traden.shared.MunicipalityScope;
import se.traden.support.IntegrationTest;
import se.traden.support.UiLogin;

/**
 * Holds the running application to the access matrix (src/test/resources/access/matrix.yaml): every
 * endpoint it maps is in the matrix and every row of the matrix is still mapped; and every cell answers
 * as written. An allowed cell gets its status (or, for a command marked {@code reached}, gets past the
 * access checks: no 401, 403, 404 or server error, and no denial in the access log). A denied cell gets
 * 403 or 404 as written, the same status for random ids as for the existing records (so that a refusal
 * does not tell whether a record exists), and a DENIED entry in the access log.
 *
 * <p>{@code -Dtraden.matrix.probe=true} writes target/access-probe.txt instead: what every mapped endpoint
 * answers every principal, to review against the rules when an endpoint is added.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends IntegrationTest {
    /** Endpoints of the libraries, not of Tråden: no personal data, outside the matrix. */
    static final Set<String> FRAMEWORK = Set.of(
            "GET /error",
            "HEAD /error",
            "POST /error",
            "PUT /error",
            "DELETE /error",
            "PATCH /error",
            "OPTIONS /error",
            "TRACE /error",
            "GET /v3/api-docs",
            "GET /v3/api-docs.yaml",
            "GET /v3/api-docs/swagger-config",
            "GET /swagger-ui.html");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    WebApplicationContext context;

    @Autowired
    MunicipalitySetup setup;

    private MockMvc quiet;

    /** What every cell answered, written to target/access-matrix-answers.txt for review. */
    private final List<String> answers = java.util.Collections.synchronizedList(new ArrayList<>());

    private AccessMatrix matrix;

    @BeforeAll
    void quietMockMvc() {
        // Without the printing of every request on a failure: thousands of requests are sent.
        // The sessions live in PostgreSQL (decision 0121): the session filter comes first, as in the server.
        quiet = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean(org.springframework.session.web.http.SessionRepositoryFilter.class))
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        matrix = AccessMatrix.load();
    }

    @Test
    void theMatrixListsEveryEndpointAndNothingElse() {
        Set<String> mapped = mapped();
        Set<String> listed = matrix.ruleOfEndpoint().keySet();
        var missing = new TreeSet<>(mapped);
        missing.removeAll(listed);
        var gone = new TreeSet<>(listed);
        gone.removeAll(mapped);
        assertThat(missing)
                .as("endpoints the application maps that the access matrix (%s) does not list", AccessMatrix.FILE)
                .isEmpty();
        assertThat(gone)
                .as("rows of the access matrix (%s) that the application no longer maps", AccessMatrix.FILE)
                .isEmpty();
    }

    @Test
    void everyCellAnswersAsTheMatrixSays() throws Exception {
        if (Boolean.getBoolean("traden.matrix.probe")) {
            probe();
            return;
        }
        AccessWorld world = new AccessWorld(mvc, jdbc, setup, registeredChild(), registeredChild(), registeredChild());
        endpoints();
        List<String> users = matrix.principals().stream().map(p -> p.user()).toList();
        users.forEach(user -> UiLogin.as(mvc, user));
        var failures = java.util.Collections.synchronizedList(new ArrayList<String>());
        var allowed = new java.util.concurrent.atomic.AtomicInteger();
        var denied = new java.util.concurrent.atomic.AtomicInteger();
        // One worker per principal, each going through the rows in the matrix's order: the principals run
        // side by side, and a principal's denials in the access log are told apart by the username.
        var pool = java.util.concurrent.Executors.newFixedThreadPool(Integer.getInteger("traden.matrix.threads", 4));
        try {
            var work = new ArrayList<java.util.concurrent.Future<?>>();
            for (String user : users) {
                work.add(pool.submit(() -> {
                    // the worker looks at the access log where nobody acts, like the test's own thread
                    MunicipalityScope.actForTheSystemWithoutAnActorOnThisThread(true);
                    try {
                        checkEveryRow(world, user, failures, allowed, denied);
                    } finally {
                        MunicipalityScope.actForTheSystemWithoutAnActorOnThisThread(false);
                    }
                    return null;
                }));
            }
            for (var w : work) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Files.writeString(
                Path.of("target/access-matrix-answers.txt"), String.join("\n", new java.util.TreeSet<>(answers)));
        int endpoints = matrix.ruleOfEndpoint().size();
        int principals = users.size();
        System.out.printf(
                "Access matrix: %d endpoints x %d principals = %d cells checked (%d allowed, %d denied)%n",
                endpoints, principals, allowed.get() + denied.get(), allowed.get(), denied.get());
        assertThat(new java.util.TreeSet<>(failures))
                .as("cells that do not answer as the access matrix says")
                .isEmpty();
        assertThat(allowed.get() + denied.get()).isEqualTo(endpoints * principals);
    }

    private void checkEveryRow(
            AccessWorld world,
            String user,
            List<String> failures,
            java.util.concurrent.atomic.AtomicInteger allowed,
            java.util.concurrent.atomic.AtomicInteger denied)
            throws Exception {
        long mark = lastLogEntry();
        for (Rule rule : matrix.rules()) {
            for (Row row : rule.rows()) {
                Answer answer = rule.answers().get(user);
                String path = world.path(row.path(), row.with(), false);
                MockHttpServletResponse response;
                try {
                    response = send(world, row, path, user);
                } catch (Exception e) {
                    failures.add("%s as %s (rule '%s'): threw %s".formatted(row.key(), user, rule.name(), e));
                    mark = lastLogEntry();
                    continue;
                }
                int status = response.getStatus();
                answers.add(row.key() + " | " + user + " | " + status);
                // The user's denials since the mark, and the next mark, in one query. Only this user's
                // entries count, and this user sends one request at a time.
                long[] log = deniedSinceAndMark(mark, user);
                long deniedEntries = log[0];
                mark = log[1];
                String where = "%s as %s (rule '%s')".formatted(row.key(), user, rule.name());
                if (answer == Answer.ALLOW) {
                    allowed.incrementAndGet();
                    String fault = allowedFault(row, response);
                    if (fault != null) {
                        failures.add(where + ": allowed, but " + fault);
                    } else if (deniedEntries > 0) {
                        failures.add(where + ": allowed, but a denial was logged");
                    }
                    continue;
                }
                denied.incrementAndGet();
                if (status != answer.status()) {
                    failures.add(where + ": denied with " + answer.status() + ", but answered " + status + " "
                            + abbreviated(response.getContentAsString()));
                } else if (deniedEntries == 0) {
                    failures.add(where + ": denied with " + status + ", but no denial was logged");
                } else if (status == 403 && hasRecordVariable(row.path())) {
                    // A 404 is the answer of a missing record already; a 403 must not tell more.
                    int randomStatus = send(world, row, world.path(row.path(), row.with(), true), user)
                            .getStatus();
                    mark = lastLogEntry();
                    boolean revealed = rule.reveals().contains(user);
                    if (!revealed && randomStatus != status) {
                        failures.add(where + ": denied with " + status + " on the existing record but " + randomStatus
                                + " on a random id: the refusal tells that it exists");
                    } else if (revealed && randomStatus != 404) {
                        failures.add(where + ": the matrix says the refusal reveals the record (404 on a"
                                + " random id), but a random id answered " + randomStatus + ": take " + user
                                + " out of 'reveals'");
                    }
                }
            }
        }
    }

    /** Null when the response is what an allowed cell of the row should get, or else what is wrong. */
    private static String allowedFault(Row row, MockHttpServletResponse response) throws Exception {
        int status = response.getStatus();
        if ("reached".equals(row.check())) {
            if (status == 401 || status == 403 || status == 404 || status >= 500) {
                return "answered " + status + " " + abbreviated(response.getContentAsString());
            }
            return null;
        }
        if ("success".equals(row.check())) {
            return status >= 200 && status < 400
                    ? null
                    : "answered " + status + " " + abbreviated(response.getContentAsString());
        }
        int expected = Integer.parseInt(row.check());
        return status == expected
                ? null
                : "answered " + status + " (expected " + expected + ") " + abbreviated(response.getContentAsString());
    }

    private MockHttpServletResponse send(AccessWorld world, Row row, String path, String user) throws Exception {
        String query = world.fill(row.query());
        MockHttpServletRequestBuilder request = request(
                        HttpMethod.valueOf(row.method()), URI.create(query == null ? path : path + "?" + query))
                .with(UiLogin.as(mvc, user));
        boolean command = !"GET".equals(row.method());
        if (command) {
            request.with(csrf());
        }
        String body = world.fill(row.body());
        if (body == null && row.api() && command) {
            Endpoint endpoint = endpoints().get(row.key());
            body = endpoint == null
                    ? null
                    : endpoint.bodyType().map(new MatrixBodies(world)::body).orElse(null);
        }
        if (row.api()) {
            request.accept(MediaType.APPLICATION_JSON);
            if (command) {
                request.contentType(MediaType.APPLICATION_JSON).content(body == null ? "{}" : body);
            }
        } else {
            request.accept(MediaType.TEXT_HTML);
            if (command) {
                request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body == null ? "" : body);
            }
        }
        return quiet.perform(request).andReturn().getResponse();
    }

    private static boolean hasRecordVariable(String pattern) {
        return pattern.contains("{");
    }

    private long lastLogEntry() {
        return jdbc.sql("select coalesce(max(id), 0) from access_log")
                .query(Long.class)
                .single();
    }

    private long[] deniedSinceAndMark(long mark, String user) {
        return jdbc.sql("""
                        select (select count(*) from access_log where id > ? and username = ? and outcome = 'DENIED'),
                               (select coalesce(max(id), 0) from access_log)""")
                .params(mark, user)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    private long deniedSince(long mark, String user) {
        return jdbc.sql("select count(*) from access_log where id > ? and username = ? and outcome = 'DENIED'")
                .params(mark, user)
                .query(Long.class)
                .single();
    }

    private Map<String, Endpoint> endpoints;

    private Map<String, Endpoint> endpoints() {
        if (endpoints == null) {
            endpoints = new java.util.HashMap<>();
            Endpoint.all(mappings).forEach(e -> endpoints.put(e.toString(), e));
        }
        return endpoints;
    }

    private Set<String> mapped() {
        return Endpoint.all(mappings).stream()
                .map(Endpoint::toString)
                .filter(e -> !FRAMEWORK.contains(e))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** What every mapped endpoint answers every principal, for review; see the class comment. */
    private void probe() throws Exception {
        AccessWorld world = new AccessWorld(mvc, jdbc, setup, registeredChild(), registeredChild(), registeredChild());
        Map<String, Rule> rules = matrix.ruleOfEndpoint();
        var out = new StringBuilder();
        for (Endpoint endpoint : Endpoint.all(mappings)) {
            if (FRAMEWORK.contains(endpoint.toString())) {
                continue;
            }
            Rule rule = rules.get(endpoint.toString());
            Row row = rule == null
                    ? new Row(
                            endpoint.method().name(),
                            endpoint.pattern(),
                            endpoint.method().name().equals("GET") ? "200" : "reached",
                            null,
                            null,
                            Map.of(),
                            null)
                    : rule.rows().stream()
                            .filter(r -> r.key().equals(endpoint.toString()))
                            .findFirst()
                            .orElseThrow();
            out.append(endpoint).append(" |");
            for (var principal : matrix.principals()) {
                String user = principal.user();
                long mark = lastLogEntry();
                MockHttpServletResponse response;
                try {
                    response = send(world, row, world.path(endpoint.pattern(), row.with(), false), user);
                } catch (Exception e) {
                    out.append(' ')
                            .append(user)
                            .append("=EXC(")
                            .append(e.getClass().getSimpleName())
                            .append(')');
                    continue;
                }
                long deniedEntries = deniedSince(mark, user);
                out.append(' ').append(user).append('=').append(response.getStatus());
                if (deniedEntries > 0) {
                    out.append('D');
                }
                if (endpoint.pattern().contains("{") && response.getStatus() >= 400) {
                    int random = send(world, row, world.path(endpoint.pattern(), row.with(), true), user)
                            .getStatus();
                    if (random != response.getStatus()) {
                        out.append("/r").append(random);
                    }
                }
                if (response.getStatus() == 400 || response.getStatus() >= 500) {
                    out.append("[")
                            .append(abbreviated(response.getContentAsString()).replace('\n', ' '))
                            .append("]");
                }
            }
            endpoint.bodyType()
                    .ifPresent(type -> out.append(" BODY ")
                            .append(describe(type))
                            .append(" SENT ")
                            .append(row.body() == null ? new MatrixBodies(world).body(type) : row.body()));
            out.append('\n');
        }
        Files.writeString(Path.of("target/access-probe.txt"), out.toString());
    }

    private static String describe(Type type) {
        if (type instanceof Class<?> c && c.isRecord()) {
            var parts = new ArrayList<String>();
            for (RecordComponent component : c.getRecordComponents()) {
                parts.add(component.getName() + ":" + component.getType().getSimpleName());
            }
            return c.getSimpleName() + parts;
        }
        return type.getTypeName();
    }

    private static String abbreviated(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "..." : oneLine;
    }
}
