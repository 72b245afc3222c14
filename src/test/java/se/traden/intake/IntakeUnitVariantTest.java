package se.traden.intake;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.traden.organisation.ContactRoute;
import se.traden.organisation.MunicipalitySettings;
import se.traden.organisation.MunicipalitySetup;
import se.traden.organisation.ReportingOrganisationKind;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.support.IntegrationTest;

/**
 * The permitted variant: a municipality whose intake unit is the first contact route. Concerns arrive
 * in the intake unit's inbox, the coordinator sees them too and still alone decides.
 */
class IntakeUnitVariantTest extends IntegrationTest {

    @Autowired
    MunicipalitySetup setup;

    @Autowired
    PasswordEncoder passwords;

    String code;

    @BeforeEach
    void aMunicipalityThatChoseTheVariant() {
        code = "variant" + UUID.randomUUID().toString().substring(0, 8);
        MunicipalitySettings settings = MunicipalitySettings.of(
                ContactRoute.INTAKE_UNIT,
                "Mottagningen är inarbetad hos skolorna sedan många år",
                true,
                false,
                null,
                2,
                null,
                null,
                7,
                14,
                48);
        MunicipalityId municipality = setup.createMunicipality(code, "Variantby " + code, settings);
        var unit = setup.createUnit(municipality, "Individsamverkan", true);
        var authority = setup.createUnit(municipality, "Mottagning", true);
        var school = setup.createReportingOrganisation(municipality, "Variantskolan", ReportingOrganisationKind.SCHOOL);
        user(municipality, "ic", FunctionType.INDIVIDUAL_COORDINATOR, unit, null);
        user(municipality, "mottagning", FunctionType.INTAKE_UNIT, authority, null);
        user(municipality, "skola", FunctionType.REPORTER, null, school);
    }

    @Test
    void aConcernArrivesAtTheIntakeUnitAndTheCoordinatorStillDecides() throws Exception {
        String id = JsonPath.read(
                mvc.perform(post("/api/v1/concerns")
                                .with(httpBasic(code + "-skola", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"subjectName": "Kim Variant", "worry": "Oro", "problemAreas": ["OTHER"],
                                         "mandatoryReport": "FILED", "reporterOrganisation": "Variantskolan",
                                         "reporterContact": "elevhalsan@variant.example"}"""))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.route").value("INTAKE_UNIT"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        mvc.perform(get("/api/v1/concerns/inbox").with(httpBasic(code + "-mottagning", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(Matchers.hasItem(id)));
        mvc.perform(get("/api/v1/concerns/inbox").with(httpBasic(code + "-ic", "demo")))
                .andExpect(jsonPath("$[*].id").value(Matchers.hasItem(id)));

        // The intake unit triages and gives feedback; it cannot decide.
        mvc.perform(post("/api/v1/concerns/" + id + "/triage")
                        .with(httpBasic(code + "-mottagning", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"complexity\": \"MEDIUM\", \"valuation\": \"Behöver IK\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/concerns/" + id + "/line-decision")
                        .with(httpBasic(code + "-mottagning", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 1, \"receivingUnit\": \"Skolan\", \"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(
                        post("/api/v1/concerns/" + id + "/line-decision")
                                .with(httpBasic(code + "-ic", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"version\": 1, \"receivingUnit\": \"Elevhälsan Variantskolan\", \"reason\": \"Skolan har insatserna\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LINE"));
    }

    private void user(
            MunicipalityId municipality,
            String name,
            FunctionType type,
            se.traden.organisation.UnitId unit,
            se.traden.organisation.ReportingOrganisationId reporting) {
        var function = setup.createFunction(
                municipality, type, name + " " + code, unit, reporting, name + "@" + code + ".example");
        var staff = setup.createStaff(municipality, "Person " + name, null, null, Set.of());
        setup.assign(municipality, staff, function, LocalDate.now().minusDays(1), null);
        jdbc.sql("insert into account (staff_id, municipality_id, username, password_hash) values (?, ?, ?, ?)")
                .params(staff.value(), municipality.value(), code + "-" + name, passwords.encode("demo"))
                .update();
    }
}
