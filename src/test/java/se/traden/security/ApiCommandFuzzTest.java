package se.traden.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.Type;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.traden.organisation.MunicipalitySetup;
import se.traden.support.IntegrationTest;
import se.traden.support.UiLogin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes every command of the API (POST, PUT and PATCH under {@code /api/v1}, read from the running
 * application) with hostile bodies, as the users who may call it: the answer is never a server error, a
 * refusal is always problem details, and a refused command leaves no row behind anywhere in the schema.
 * It runs in a municipality of its own ({@link FuzzMunicipality}), so that what it does manage to change
 * stays away from the demo municipalities the other tests share.
 *
 * <p>Bounded: {@code traden.fuzz.api.rounds} inputs per command (default 20), and no more than
 * {@code traden.fuzz.api.seconds} (default 75) in all; the commands take turns, so a run cut short by
 * the time limit still reaches every command. The seed is printed; {@code -Dtraden.fuzz.seed=...}
 * replays it.
 */
class ApiCommandFuzzTest extends IntegrationTest {
    private static final List<String> IF_MATCH_VALUES =
            List.of("\"0\"", "W/\"1\"", "*", "\"-1\"", "\"99999999999999999999\"", "junk", "\"\u00e5\"");

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    WebApplicationContext context;

    /** MockMvc without the printing of every request on failure: thousands of requests are sent. */
    private MockMvc quiet;

    @Autowired
    MunicipalitySetup setup;

    @Autowired
    PasswordEncoder passwords;

    private FuzzMunicipality town;
    private RecordPaths paths;
    private final List<UUID> knownIds = new ArrayList<>();

    @Test
    void hostileBodiesNeverBreakACommandNorLeaveARowBehind() throws Exception {
        quiet = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        Hostile hostile = Hostile.seeded();
        int rounds = Hostile.budget("traden.fuzz.api.rounds", 20);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(Hostile.budget("traden.fuzz.api.seconds", 75)));
        List<Endpoint> commands = Endpoint.apiCommands(mappings);
        assertThat(commands).as("the API's commands").hasSizeGreaterThan(50);
        prepareWorld();
        HostileJson bodies = new HostileJson(hostile, () -> knownIds.get(hostile.nextInt(knownIds.size())));
        SchemaWrites writes = new SchemaWrites(jdbc);

        Map<Endpoint, List<String>> callers = new LinkedHashMap<>();
        for (Endpoint command : commands) {
            callers.put(command, permittedUsers(command));
        }
        var tried = new AtomicInteger();
        var refused = new AtomicInteger();
        var failures = new ArrayList<String>();
        Map<String, long[]> before = writes.since(writes.mark());
        for (int round = 0; round < rounds && Instant.now().isBefore(deadline); round++) {
            for (Endpoint command : commands) {
                String user = hostile.oneOf(callers.get(command));
                String path = paths.path(command, hostile);
                Type type = command.bodyType().orElse(null);
                String body = bodies.body(type);
                long mark = writes.mark();
                var request = request(HttpMethod.valueOf(command.method().name()), URI.create(path))
                        .with(UiLogin.as(quiet, user))
                        .with(csrf())
                        .contentType(hostile.chance(3) ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .content(body);
                if (hostile.chance(15)) {
                    request.header("If-Match", hostile.oneOf(IF_MATCH_VALUES));
                }
                if (hostile.chance(10)) {
                    request.header("Accept-Language", hostile.oneOf(List.of("en", "sv", "xx-YY", "*;q=junk")));
                }
                tried.incrementAndGet();
                String input = "%s %s as %s with %s".formatted(command.method(), path, user, abbreviated(body));
                MockHttpServletResponse response;
                try {
                    response = quiet.perform(request).andReturn().getResponse();
                } catch (Exception e) {
                    failures.add(input + " -> threw " + e);
                    continue;
                }
                int status = response.getStatus();
                Map<String, long[]> after = writes.since(mark);
                if (status >= 500) {
                    failures.add(input + " -> " + status + " " + abbreviated(response.getContentAsString()));
                } else if (status >= 400) {
                    refused.incrementAndGet();
                    String problem = problemDetailsFault(response);
                    if (problem != null) {
                        failures.add(input + " -> " + status + ": " + problem);
                    }
                    List<String> changes = SchemaWrites.changes(before, after);
                    if (!changes.isEmpty()) {
                        failures.add(input + " -> " + status + " but wrote " + changes);
                    }
                }
                before = after;
            }
        }
        System.out.printf(
                "API fuzz: %d inputs tried on %d commands, %d refused, %d accepted, %d failures, seed %d%n",
                tried.get(),
                commands.size(),
                refused.get(),
                tried.get() - refused.get(),
                failures.size(),
                hostile.seed);
        assertThat(failures).as("seed %d", hostile.seed).isEmpty();
        assertThat(tried.get()).isGreaterThanOrEqualTo(commands.size());
    }

    @Test
    void theWriteCheckSeesInsertsUpdatesAndDeletes() throws Exception {
        var writes = new SchemaWrites(jdbc);
        Map<String, long[]> before = writes.since(writes.mark());
        long mark = writes.mark();
        UUID child = registeredChild();
        assertThat(SchemaWrites.changes(before, writes.since(mark))).anyMatch(change -> change.startsWith("person "));

        before = writes.since(writes.mark());
        mark = writes.mark();
        jdbc.sql("update person set family_name = family_name where id = ?")
                .param(child)
                .update();
        assertThat(SchemaWrites.changes(before, writes.since(mark))).anyMatch(change -> change.startsWith("person "));

        jdbc.sql(
                        "insert into competence_tag (municipality_id, staff_id, tag) select municipality_id, id, 'skrivkontroll' from staff limit 1")
                .update();
        before = writes.since(writes.mark());
        mark = writes.mark();
        jdbc.sql("delete from competence_tag where tag = 'skrivkontroll'").update();
        assertThat(SchemaWrites.changes(before, writes.since(mark)))
                .anyMatch(change -> change.startsWith("competence_tag "));
        assertThat(SchemaWrites.changes(before, before)).isEmpty();
    }

    private List<String> candidates() {
        return FuzzMunicipality.FUNCTIONS.stream().map(town::user).toList();
    }

    /** A fault in a refusal's body, or null when it is problem details. */
    private String problemDetailsFault(MockHttpServletResponse response) throws Exception {
        String contentType = response.getContentType();
        if (contentType == null
                || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))) {
            return "content type " + contentType + " " + abbreviated(response.getContentAsString());
        }
        JsonNode problem = json.readTree(response.getContentAsString());
        if (!problem.has("type")
                || !problem.has("title")
                || problem.path("status").asInt() != response.getStatus()) {
            return "not problem details: " + abbreviated(response.getContentAsString());
        }
        return null;
    }

    /**
     * The users who may call the command: those whose harmless empty request is not refused as
     * forbidden. When all are refused (or none), everyone is used: the properties hold for all.
     */
    private List<String> permittedUsers(Endpoint command) throws Exception {
        var users = new ArrayList<String>();
        for (String user : candidates()) {
            int status = quiet.perform(
                            request(HttpMethod.valueOf(command.method().name()), URI.create(paths.path(command)))
                                    .with(UiLogin.as(quiet, user))
                                    .with(csrf())
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{}"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status != 403) {
                users.add(user);
            }
        }
        return users.isEmpty() ? candidates() : users;
    }

    /** A municipality of the fuzz's own, with a child, a case held by its cm1 and an identified concern. */
    private void prepareWorld() throws Exception {
        town = new FuzzMunicipality(setup, passwords, mvc, jdbc);
        paths = new RecordPaths(jdbc, town.id);
        knownIds.addAll(town.knownIds());
        knownIds.add(UUID.randomUUID());
    }

    private static String abbreviated(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "... (" + oneLine.length() + " chars)" : oneLine;
    }
}
