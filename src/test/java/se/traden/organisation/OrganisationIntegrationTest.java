package se.traden.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.support.IntegrationTest;

class OrganisationIntegrationTest extends IntegrationTest {

    @Autowired
    MunicipalitySetup setup;

    @Autowired
    OrganisationQueries queries;

    MunicipalityId sjostad() {
        return setup.municipality("sjostad").orElseThrow();
    }

    @Test
    void theDemoMunicipalitySatisfiesTheCoreComponentsThroughTheApi() throws Exception {
        mvc.perform(get("/api/v1/organisation/core-components").with(httpBasic("styrgrupp", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allSatisfied").value(true))
                .andExpect(jsonPath("$.components.length()").value(5))
                .andExpect(jsonPath("$.components[0].component").value("INDIVIDUAL_COORDINATOR"))
                .andExpect(jsonPath("$.components[3].reason").value(containsString("Enheten för individsamverkan")))
                .andExpect(jsonPath("$.contactRoute.route").value("INDIVIDUAL_COORDINATOR"))
                .andExpect(jsonPath("$.contactRoute.preferred").value(true))
                .andExpect(jsonPath("$.freeVariables.gatheringHours").isNumber());
    }

    @Test
    void aMunicipalityWithoutCaseManagersIsToldWhatIsMissing() throws Exception {
        mvc.perform(get("/api/v1/organisation/core-components").with(httpBasic("aby-ic", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allSatisfied").value(false))
                .andExpect(jsonPath("$.components[0].satisfied").value(true))
                .andExpect(jsonPath("$.components[1].satisfied").value(false))
                .andExpect(jsonPath("$.components[1].reasonKey").value("organisation.core.reason.cm-none"))
                .andExpect(jsonPath("$.components[1].reason").value("Ingen har en case manager-funktion i dag."))
                .andExpect(
                        jsonPath("$.components[3].reasonKey").value("organisation.core.reason.unit-nothing-to-place"));
    }

    @Test
    void theCoreComponentPageIsSwedishAndShowsNoNames() throws Exception {
        mvc.perform(get("/organisation/core-components").session(login("gruppchef")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De fem kärnkomponenterna")))
                .andExpect(content().string(containsString("Enheten för individsamverkan")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Cem Demir"))));
    }

    @Test
    void theVariantContactRouteIsRefusedWithoutMotivation() throws Exception {
        String body = """
                {"contactRoute":"INTAKE_UNIT","contactRouteMotivation":"","icDecidesAssignment":true,
                 "hasSchoolLiaison":false,"checkInDaysIntensive":7,"checkInDaysOther":14,"gatheringHours":48,"version":0}
                """;
        mvc.perform(put("/api/v1/organisation/settings")
                        .with(httpBasic("aby-admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contactRouteMotivation"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Skriv en motivering när mottagningsenheten väljs som första kontaktväg"));
    }

    @Test
    void theVariantWithMotivationIsRecordedAndShownInTheCheck() throws Exception {
        String etag = mvc.perform(get("/api/v1/organisation/settings").with(httpBasic("aby-admin", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        String body = """
                {"contactRoute":"INTAKE_UNIT","contactRouteMotivation":"Mottagningen är väl inarbetad hos skolorna",
                 "icDecidesAssignment":true,"hasSchoolLiaison":true,"plannedCaseManagers":3,
                 "checkInDaysIntensive":5,"checkInDaysOther":12,"gatheringHours":24}
                """;
        mvc.perform(put("/api/v1/organisation/settings")
                        .with(httpBasic("aby-admin", "demo"))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contactRoute").value("INTAKE_UNIT"));
        MunicipalityId aby = setup.municipality("aby").orElseThrow();
        assertThat(queries.contactRoute(aby).isPreferred()).isFalse();
        assertThat(queries.gatheringWindow(aby)).hasHours(24);
        mvc.perform(get("/organisation/core-components").session(login("aby-admin")))
                .andExpect(content().string(containsString("Mottagningen är väl inarbetad hos skolorna")))
                .andExpect(content().string(containsString("tillåtna varianten")));
    }

    @Test
    void aSecondEditFromTheSameVersionConflictsAndTheFirstIsKept() throws Exception {
        UnitId unit = setup.createUnit(sjostad(), "Konfliktenheten " + UUID.randomUUID(), true);
        String first = "{\"name\":\"Första namnet " + unit + "\",\"withinSocialServices\":true,\"version\":0}";
        String second = "{\"name\":\"Andra namnet " + unit + "\",\"withinSocialServices\":false,\"version\":0}";
        mvc.perform(put("/api/v1/organisation/units/" + unit)
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(first))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(put("/api/v1/organisation/units/" + unit)
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(second))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:concurrent-edit"));
        assertThat(unitName(unit)).isEqualTo("Första namnet " + unit);

        MockHttpSession session = login("admin");
        mvc.perform(post("/organisation/units/" + unit)
                        .session(session)
                        .with(csrf())
                        .param("name", "Tredje namnet " + unit)
                        .param("withinSocialServices", "true")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Någon annan har ändrat uppgiften")));
        assertThat(unitName(unit)).isEqualTo("Första namnet " + unit);
    }

    @Test
    void settingsConflictInTheUiKeepsTheFirstEdit() throws Exception {
        MockHttpSession session = login("aby-admin");
        long version = jdbc.sql("select version from municipality where code = 'aby'")
                .query(Long.class)
                .single();
        mvc.perform(settingsForm(session, version, "30")).andExpect(status().is3xxRedirection());
        mvc.perform(settingsForm(session, version, "31")).andExpect(status().isConflict());
        assertThat(jdbc.sql("select gathering_hours from municipality where code = 'aby'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(30);
    }

    @Test
    void formsShowSwedishErrorsPerField() throws Exception {
        MockHttpSession session = login("admin");
        mvc.perform(post("/organisation/units").session(session).with(csrf()).param("name", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"error-summary\"")))
                .andExpect(content().string(containsString("href=\"#name\"")))
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("Fältet måste fyllas i")));
        long version = jdbc.sql("select version from municipality where code = 'sjostad'")
                .query(Long.class)
                .single();
        mvc.perform(post("/organisation/settings")
                        .session(session)
                        .with(csrf())
                        .param("contactRoute", "INTAKE_UNIT")
                        .param("contactRouteMotivation", "")
                        .param("icDecidesAssignment", "true")
                        .param("checkInDaysIntensive", "0")
                        .param("checkInDaysOther", "14")
                        .param("gatheringHours", "abc")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ange ett heltal")));
        mvc.perform(post("/organisation/settings")
                        .session(session)
                        .with(csrf())
                        .param("contactRoute", "INTAKE_UNIT")
                        .param("contactRouteMotivation", "")
                        .param("icDecidesAssignment", "true")
                        .param("checkInDaysIntensive", "0")
                        .param("checkInDaysOther", "14")
                        .param("gatheringHours", "48")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv en motivering")))
                .andExpect(content().string(containsString("Ange ett värde från 1 till 60")))
                .andExpect(content().string(containsString("id=\"contactRouteMotivation-error\"")));
    }

    @Test
    void aStaffMemberIsAssignedEndedAndNeverDoublyAssigned() throws Exception {
        MunicipalityId sjostad = sjostad();
        UnitId unit = setup.createUnit(sjostad, "Tilldelningsenheten " + UUID.randomUUID(), true);
        FunctionId function = setup.createFunction(
                sjostad, FunctionType.CASE_MANAGER, "CM tilldelning " + unit, unit, null, "cm@sjostad.example");
        String created = mvc.perform(post("/api/v1/organisation/staff")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Tova Test\",\"email\":\"tova@sjostad.example\","
                                + "\"competenceTags\":[\"Kriminalitet\",\"arabiska\"]}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String staff = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        String assignment = "{\"functionId\":\"" + function + "\",\"validFrom\":\""
                + LocalDate.now().minusDays(3) + "\"}";
        String assignmentCreated = mvc.perform(post("/api/v1/organisation/staff/" + staff + "/assignments")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(assignment))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(post("/api/v1/organisation/staff/" + staff + "/assignments")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(assignment))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:organisation.assignment-overlaps"));

        assertThat(queries.caseManagersStaffedOn(sjostad, LocalDate.now()))
                .filteredOn(cm -> cm.staff().value().toString().equals(staff))
                .singleElement()
                .satisfies(cm -> assertThat(cm.competenceTags()).containsExactlyInAnyOrder("kriminalitet", "arabiska"));

        String assignmentId = assignmentCreated.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        mvc.perform(post("/api/v1/organisation/assignments/" + assignmentId + "/end")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"validTo\":\"" + LocalDate.now().minusDays(1) + "\",\"version\":0}"))
                .andExpect(status().isNoContent());
        assertThat(queries.caseManagersStaffedOn(sjostad, LocalDate.now()))
                .noneMatch(cm -> cm.staff().value().toString().equals(staff));
        // the function outlives its holder
        mvc.perform(get("/api/v1/organisation/functions/" + function).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());
        assertThat(accessLogCount(
                        "username = 'admin' and record_type = 'staff' and record_id = ? and outcome = 'ALLOWED'",
                        staff))
                .isPositive();
    }

    @Test
    void aFunctionCannotBeReachedThroughAPersonsOwnEmail() throws Exception {
        MunicipalityId sjostad = sjostad();
        setup.createStaff(sjostad, "Per Personlig", "per.personlig@sjostad.example", null, Set.of());
        mvc.perform(post("/api/v1/organisation/functions")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"CASE_MANAGER\",\"name\":\"CM " + UUID.randomUUID()
                                + "\",\"contactRoute\":\"per.personlig@sjostad.example\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(hasItem("organisation.contact-route-personal")));
    }

    @Test
    void theDemoSeedGaveTheCaseManagersTagsAndTheReportersTheirOrganisations() {
        MunicipalityId sjostad = sjostad();
        assertThat(queries.caseManagersStaffedOn(sjostad, LocalDate.now()))
                .filteredOn(cm -> cm.name().equals("Maria Lind"))
                .singleElement()
                .satisfies(cm -> assertThat(cm.competenceTags()).contains("skolfrånvaro", "arabiska"));
        assertThat(queries.reportingOrganisations(sjostad))
                .filteredOn(org -> org.name().equals("Sjöskolan"))
                .singleElement()
                .satisfies(org -> assertThat(org.contactFunctions())
                        .extracting(ReporterFunction::name)
                        .contains("Elevhälsan Sjöskolan"));
        var polis = jdbc.sql("select staff_id from account where username = 'polis'")
                .query(UUID.class)
                .single();
        assertThat(queries.reporterFunctionsHeldBy(sjostad, new se.traden.shared.StaffId(polis), LocalDate.now()))
                .extracting(ReporterFunction::kind)
                .containsExactly(ReportingOrganisationKind.POLICE);
    }

    @Test
    void theOverviewListsUnitsFunctionsHoldersAndLogsTheStaffRead() throws Exception {
        long before = accessLogCount("username = 'admin' and record_type = 'staff' and outcome = 'ALLOWED'");
        mvc.perform(get("/organisation").session(login("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enheten för individsamverkan")))
                .andExpect(content().string(containsString("Individkoordinator Sjöstad")))
                .andExpect(content().string(containsString("Ida Karlsson")))
                .andExpect(content().string(containsString("Sjöskolan")));
        assertThat(accessLogCount("username = 'admin' and record_type = 'staff' and outcome = 'ALLOWED'"))
                .isEqualTo(before + 1);
    }

    private org.springframework.test.web.servlet.RequestBuilder settingsForm(
            MockHttpSession session, long version, String hours) {
        return post("/organisation/settings")
                .session(session)
                .with(csrf())
                .param("contactRoute", "INDIVIDUAL_COORDINATOR")
                .param("icDecidesAssignment", "true")
                .param("checkInDaysIntensive", "7")
                .param("checkInDaysOther", "14")
                .param("gatheringHours", hours)
                .param("version", String.valueOf(version));
    }

    private String unitName(UnitId unit) {
        return jdbc.sql("select name from unit where id = ?")
                .param(unit.value())
                .query(String.class)
                .single();
    }

    MockHttpSession login(String username) throws Exception {
        var result = mvc.perform(formLogin().user(username).password("demo")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
