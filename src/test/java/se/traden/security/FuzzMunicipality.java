package se.traden.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import se.traden.organisation.MunicipalitySettings;
import se.traden.organisation.MunicipalitySetup;
import se.traden.organisation.ReportingOrganisationKind;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.support.TestNumbers;

/**
 * A municipality of its own for the fuzz run, with one user per function (password {@code demo}), a
 * registered child, an active case and an identified concern. Whatever the fuzz manages to change (the
 * settings, an account, an assignment) stays inside it, away from the demo municipalities the other
 * tests share.
 */
final class FuzzMunicipality {
    static final List<String> FUNCTIONS =
            List.of("ic", "cm1", "gruppchef", "admin", "handlaggare", "loggranskare", "skola", "mottagning");

    final String code = "fuzz" + UUID.randomUUID().toString().substring(0, 8);
    final UUID id;
    private final MockMvc mvc;
    private final JdbcClient jdbc;

    FuzzMunicipality(MunicipalitySetup setup, PasswordEncoder passwords, MockMvc mvc, JdbcClient jdbc)
            throws Exception {
        this.mvc = mvc;
        this.jdbc = jdbc;
        MunicipalityId municipality = setup.createMunicipality(
                code, "Fuzzby " + code, MunicipalitySettings.defaults().withPlannedCaseManagers(2));
        this.id = municipality.value();
        var unit = setup.createUnit(municipality, "Individsamverkan", true);
        var authority = setup.createUnit(municipality, "Barn och unga", true);
        var school = setup.createReportingOrganisation(municipality, "Fuzzskolan", ReportingOrganisationKind.SCHOOL);
        String hash = passwords.encode("demo");
        Map<String, FunctionType> types = Map.of(
                "ic", FunctionType.INDIVIDUAL_COORDINATOR,
                "cm1", FunctionType.CASE_MANAGER,
                "gruppchef", FunctionType.GROUP_MANAGER,
                "admin", FunctionType.ADMINISTRATOR,
                "handlaggare", FunctionType.CASE_OFFICER,
                "loggranskare", FunctionType.LOG_AUDITOR,
                "skola", FunctionType.REPORTER,
                "mottagning", FunctionType.INTAKE_UNIT);
        for (String name : FUNCTIONS) {
            FunctionType type = types.get(name);
            var unitOfFunction = switch (type) {
                case INDIVIDUAL_COORDINATOR, CASE_MANAGER, GROUP_MANAGER -> unit;
                case CASE_OFFICER, INTAKE_UNIT -> authority;
                default -> null;
            };
            var function = setup.createFunction(
                    municipality,
                    type,
                    name + " " + code,
                    unitOfFunction,
                    type == FunctionType.REPORTER ? school : null,
                    name + "@" + code + ".example");
            var staff = setup.createStaff(municipality, "Fuzz " + name, null, null, Set.of());
            setup.assign(municipality, staff, function, LocalDate.now().minusYears(1), null);
            jdbc.sql("insert into account (staff_id, municipality_id, username, password_hash) values (?, ?, ?, ?)")
                    .params(staff.value(), municipality.value(), user(name), hash)
                    .update();
        }
        String child = created("ic", "/api/v1/people/children", """
                {"givenNames": "Fuzz", "familyName": "Barnsson", "identityKind": "PERSONAL_NUMBER",
                 "personalNumber": "%s"}""".formatted(TestNumbers.child()));
        String active = identifiedConcern(child);
        command(
                active,
                "activation",
                2,
                "\"caseManagerId\": \"" + staffOf("cm1") + "\", \"reason\": \"Flera aktörer\"");
        identifiedConcern(child);
    }

    /** The username of the fuzz municipality's user with the given function (as in the demo: "ic", "cm1"...). */
    String user(String function) {
        return code + "-" + function;
    }

    /** Ids the bodies may name: the municipality's staff, units, functions, people and cases. */
    List<UUID> knownIds() {
        return jdbc.sql("""
                        select id from staff where municipality_id = :m
                        union all select id from unit where municipality_id = :m
                        union all select id from org_function where municipality_id = :m
                        union all select id from person where municipality_id = :m
                        union all select id from collab_case where municipality_id = :m""").param("m", id).query(UUID.class).list();
    }

    private String identifiedConcern(String child) throws Exception {
        String concern = created("skola", "/api/v1/concerns", """
                {"subjectName": "Fuzz Barnsson", "worry": "Oro", "problemAreas": ["CRIME"],
                 "mandatoryReport": "FILED", "reporterOrganisation": "Fuzzskolan",
                 "reporterContact": "elevhalsan@fuzzskolan.example"}""");
        command(concern, "triage", 0, "\"complexity\": \"HIGH\", \"valuation\": \"Komplext\"");
        command(concern, "identification", 1, "\"personId\": \"" + child + "\"");
        return concern;
    }

    private void command(String concern, String command, long version, String fields) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/concerns/" + concern + "/" + command)
                        .with(httpBasic(user("ic"), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", " + fields + "}"))
                .andReturn()
                .getResponse();
        if (response.getStatus() != 200) {
            throw new IllegalStateException(command + ": " + response.getContentAsString());
        }
    }

    private String created(String function, String path, String body) throws Exception {
        MockHttpServletResponse response = mvc.perform(post(path)
                        .with(httpBasic(user(function), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse();
        if (response.getStatus() != 201) {
            throw new IllegalStateException(path + ": " + response.getContentAsString());
        }
        return JsonPath.read(response.getContentAsString(), "$.id");
    }

    private UUID staffOf(String function) {
        return jdbc.sql("select staff_id from account where username = ?")
                .param(user(function))
                .query(UUID.class)
                .single();
    }
}
