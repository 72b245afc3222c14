package se.traden.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.StaffId;
import se.traden.support.IntegrationTest;

/**
 * Every endpoint of the module, API and UI, for every function: only the administrator writes and
 * reads the organisation, the core-component check is open to those who steer and run the unit, and
 * another municipality's administrator meets Sjöstad's records as missing, with the attempt logged.
 */
class OrganisationAccessTest extends IntegrationTest {
    static final List<String> USERS = List.of(
            "ic",
            "cm1",
            "gruppchef",
            "handlaggare",
            "mottagning",
            "socialjour",
            "skola",
            "styrgrupp",
            "loggranskare",
            "admin",
            "aby-admin");
    static final Set<String> CHECK_READERS = Set.of("admin", "aby-admin", "gruppchef", "ic", "styrgrupp");
    private static final Map<String, MockHttpSession> SESSIONS = new HashMap<>();

    enum Kind {
        /** A list or a form without a record: the administrator of either municipality succeeds. */
        OWN,
        /** One of Sjöstad's records: Sjöstad's administrator succeeds, Åby's meets a 404. */
        RECORD,
        /** The core-component check. */
        CHECK
    }

    record Fixture(
            UnitId unit, ReportingOrganisationId reporting, FunctionId function, StaffId staff, UUID assignment) {}

    record Endpoint(String name, Kind kind, int success, Function<Fixture, MockHttpServletRequestBuilder> request) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Autowired
    MunicipalitySetup setup;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (String user : USERS) {
                cases.add(Arguments.of(endpoint, user, expected(endpoint, user)));
            }
        }
        return cases.stream();
    }

    static int expected(Endpoint endpoint, String user) {
        return switch (endpoint.kind()) {
            case CHECK -> CHECK_READERS.contains(user) ? 200 : 403;
            case OWN -> user.endsWith("admin") ? endpoint.success() : 403;
            case RECORD ->
                switch (user) {
                    case "admin" -> endpoint.success();
                    case "aby-admin" -> 404;
                    default -> 403;
                };
        };
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("cases")
    void eachFunctionMeetsEachEndpointAsExpected(Endpoint endpoint, String user, int expected) throws Exception {
        Fixture fixture = fixture();
        MockHttpServletRequestBuilder request = endpoint.request().apply(fixture);
        if (endpoint.name().startsWith("UI")) {
            request.session(session(user)).with(csrf());
        } else {
            request.with(httpBasic(user, "demo"));
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(expected);
        if (expected == 403 || expected == 404) {
            assertThat(accessLogCount(
                            "username = ? and outcome = 'DENIED' and occurred_at > now() - interval '1 minute'", user))
                    .as("the refusal is in the access log")
                    .isPositive();
        }
        if (expected == 404) {
            assertThat(accessLogCount(
                            "username = 'aby-admin' and outcome = 'DENIED' and record_id in (?, ?, ?, ?, ?)",
                            fixture.unit().toString(),
                            fixture.reporting().toString(),
                            fixture.function().toString(),
                            fixture.staff().toString(),
                            fixture.assignment().toString()))
                    .isPositive();
        }
    }

    /** Fresh Sjöstad records for each case, so that a successful write never disturbs the next. */
    private Fixture fixture() {
        MunicipalityId sjostad = setup.municipality("sjostad").orElseThrow();
        String suffix = UUID.randomUUID().toString();
        UnitId unit = setup.createUnit(sjostad, "Behörighetsenhet " + suffix, true);
        ReportingOrganisationId reporting = setup.createReportingOrganisation(
                sjostad, "Behörighetsskola " + suffix, ReportingOrganisationKind.SCHOOL);
        FunctionId function = setup.createFunction(
                sjostad, FunctionType.CASE_OFFICER, "Behörighetsfunktion " + suffix, unit, null, null);
        StaffId staff = setup.createStaff(sjostad, "Behörighets Person", null, null, Set.of());
        setup.assign(
                sjostad,
                staff,
                function,
                LocalDate.now().minusDays(10),
                LocalDate.now().plusDays(30));
        UUID assignment = jdbc.sql("select id from function_assignment where staff_id = ?")
                .param(staff.value())
                .query(UUID.class)
                .single();
        return new Fixture(unit, reporting, function, staff, assignment);
    }

    private MockHttpSession session(String user) throws Exception {
        MockHttpSession session = SESSIONS.get(user);
        if (session == null || session.isInvalid()) {
            var result = mvc.perform(formLogin().user(user).password("demo")).andReturn();
            session = (MockHttpSession) result.getRequest().getSession(false);
            SESSIONS.put(user, session);
        }
        return session;
    }

    static List<Endpoint> endpoints() {
        String api = "/api/v1/organisation";
        String unitJson = "{\"name\":\"Ny enhet %s\",\"withinSocialServices\":true,\"version\":0}";
        String orgJson = "{\"name\":\"Ny skola %s\",\"kind\":\"SCHOOL\",\"version\":0}";
        String functionJson = "{\"type\":\"CASE_OFFICER\",\"name\":\"Ny funktion %s\",\"version\":0}";
        String staffJson = "{\"name\":\"Ny Person\",\"competenceTags\":[\"arabiska\"],\"version\":0}";
        return List.of(
                new Endpoint("API GET settings", Kind.OWN, 200, f -> get(api + "/settings")),
                new Endpoint("API PUT settings", Kind.OWN, 400, f -> json(put(api + "/settings"), "{\"version\":0}")),
                new Endpoint("API GET core-components", Kind.CHECK, 200, f -> get(api + "/core-components")),
                new Endpoint("API GET units", Kind.OWN, 200, f -> get(api + "/units")),
                new Endpoint(
                        "API POST units",
                        Kind.OWN,
                        201,
                        f -> json(post(api + "/units"), unitJson.formatted(UUID.randomUUID()))),
                new Endpoint("API GET unit", Kind.RECORD, 200, f -> get(api + "/units/" + f.unit())),
                new Endpoint(
                        "API PUT unit",
                        Kind.RECORD,
                        200,
                        f -> json(put(api + "/units/" + f.unit()), unitJson.formatted(f.unit()))),
                new Endpoint(
                        "API GET reporting-organisations", Kind.OWN, 200, f -> get(api + "/reporting-organisations")),
                new Endpoint(
                        "API POST reporting-organisations",
                        Kind.OWN,
                        201,
                        f -> json(post(api + "/reporting-organisations"), orgJson.formatted(UUID.randomUUID()))),
                new Endpoint(
                        "API GET reporting-organisation",
                        Kind.RECORD,
                        200,
                        f -> get(api + "/reporting-organisations/" + f.reporting())),
                new Endpoint(
                        "API PUT reporting-organisation",
                        Kind.RECORD,
                        200,
                        f -> json(
                                put(api + "/reporting-organisations/" + f.reporting()),
                                orgJson.formatted(f.reporting()))),
                new Endpoint("API GET functions", Kind.OWN, 200, f -> get(api + "/functions")),
                new Endpoint(
                        "API POST functions",
                        Kind.OWN,
                        201,
                        f -> json(post(api + "/functions"), functionJson.formatted(UUID.randomUUID()))),
                new Endpoint("API GET function", Kind.RECORD, 200, f -> get(api + "/functions/" + f.function())),
                new Endpoint(
                        "API PUT function",
                        Kind.RECORD,
                        200,
                        f -> json(put(api + "/functions/" + f.function()), functionJson.formatted(f.function()))),
                new Endpoint("API GET staff", Kind.OWN, 200, f -> get(api + "/staff")),
                new Endpoint("API POST staff", Kind.OWN, 201, f -> json(post(api + "/staff"), staffJson)),
                new Endpoint("API GET staff member", Kind.RECORD, 200, f -> get(api + "/staff/" + f.staff())),
                new Endpoint(
                        "API PUT staff member",
                        Kind.RECORD,
                        200,
                        f -> json(put(api + "/staff/" + f.staff()), staffJson)),
                new Endpoint(
                        "API POST assignment",
                        Kind.RECORD,
                        201,
                        f -> json(
                                post(api + "/staff/" + f.staff() + "/assignments"),
                                "{\"functionId\":\"" + f.function() + "\",\"validFrom\":\""
                                        + LocalDate.now().plusYears(1) + "\"}")),
                new Endpoint(
                        "API POST end assignment",
                        Kind.RECORD,
                        204,
                        f -> json(
                                post(api + "/assignments/" + f.assignment() + "/end"),
                                "{\"validTo\":\"" + LocalDate.now() + "\",\"version\":0}")),
                new Endpoint("UI GET overview", Kind.OWN, 200, f -> get("/organisation")),
                new Endpoint("UI GET settings", Kind.OWN, 200, f -> get("/organisation/settings")),
                new Endpoint(
                        "UI POST settings",
                        Kind.OWN,
                        200,
                        f -> post("/organisation/settings").param("checkInDaysIntensive", "0")),
                new Endpoint("UI GET core-components", Kind.CHECK, 200, f -> get("/organisation/core-components")),
                new Endpoint("UI GET new unit", Kind.OWN, 200, f -> get("/organisation/units/new")),
                new Endpoint(
                        "UI POST units",
                        Kind.OWN,
                        302,
                        f -> post("/organisation/units")
                                .param("name", "UI-enhet " + UUID.randomUUID())
                                .param("withinSocialServices", "true")),
                new Endpoint(
                        "UI GET edit unit", Kind.RECORD, 200, f -> get("/organisation/units/" + f.unit() + "/edit")),
                new Endpoint(
                        "UI POST unit",
                        Kind.RECORD,
                        302,
                        f -> post("/organisation/units/" + f.unit())
                                .param("name", "UI-ändrad " + f.unit())
                                .param("version", "0")),
                new Endpoint(
                        "UI GET new reporting organisation",
                        Kind.OWN,
                        200,
                        f -> get("/organisation/reporting-organisations/new")),
                new Endpoint(
                        "UI POST reporting organisations",
                        Kind.OWN,
                        302,
                        f -> post("/organisation/reporting-organisations")
                                .param("name", "UI-skola " + UUID.randomUUID())
                                .param("kind", "POLICE")),
                new Endpoint(
                        "UI GET edit reporting organisation",
                        Kind.RECORD,
                        200,
                        f -> get("/organisation/reporting-organisations/" + f.reporting() + "/edit")),
                new Endpoint(
                        "UI POST reporting organisation",
                        Kind.RECORD,
                        302,
                        f -> post("/organisation/reporting-organisations/" + f.reporting())
                                .param("name", "UI-ändrad " + f.reporting())
                                .param("kind", "LEISURE")
                                .param("version", "0")),
                new Endpoint("UI GET new function", Kind.OWN, 200, f -> get("/organisation/functions/new")),
                new Endpoint(
                        "UI POST functions",
                        Kind.OWN,
                        302,
                        f -> post("/organisation/functions")
                                .param("type", "OUT_OF_HOURS")
                                .param("name", "UI-funktion " + UUID.randomUUID())),
                new Endpoint(
                        "UI GET edit function",
                        Kind.RECORD,
                        200,
                        f -> get("/organisation/functions/" + f.function() + "/edit")),
                new Endpoint(
                        "UI POST function",
                        Kind.RECORD,
                        302,
                        f -> post("/organisation/functions/" + f.function())
                                .param("type", "CASE_OFFICER")
                                .param("name", "UI-ändrad " + f.function())
                                .param("version", "0")),
                new Endpoint("UI GET staff", Kind.OWN, 200, f -> get("/organisation/staff")),
                new Endpoint("UI GET new staff", Kind.OWN, 200, f -> get("/organisation/staff/new")),
                new Endpoint(
                        "UI POST staff",
                        Kind.OWN,
                        302,
                        f -> post("/organisation/staff")
                                .param("name", "UI Person")
                                .param("competenceTags", "kriminalitet, arabiska")),
                new Endpoint("UI GET staff member", Kind.RECORD, 200, f -> get("/organisation/staff/" + f.staff())),
                new Endpoint(
                        "UI GET edit staff member",
                        Kind.RECORD,
                        200,
                        f -> get("/organisation/staff/" + f.staff() + "/edit")),
                new Endpoint(
                        "UI POST staff member",
                        Kind.RECORD,
                        302,
                        f -> post("/organisation/staff/" + f.staff())
                                .param("name", "UI Ändrad")
                                .param("version", "0")),
                new Endpoint(
                        "UI POST assignment",
                        Kind.RECORD,
                        302,
                        f -> post("/organisation/staff/" + f.staff() + "/assignments")
                                .param("function", f.function().toString())
                                .param("validFrom", LocalDate.now().plusYears(1).toString())),
                new Endpoint(
                        "UI POST end assignment",
                        Kind.RECORD,
                        302,
                        f -> post("/organisation/assignments/" + f.assignment() + "/end")
                                .param("validTo", LocalDate.now().toString())
                                .param("version", "0")
                                .param("staff", f.staff().toString())));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
