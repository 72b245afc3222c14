package se.traden.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.traden.support.IntegrationTest;

/** A consultation is recorded by the coordinator or the intake unit, and never with a personal number. */
class ConsultationApiTest extends IntegrationTest {

    static final String CONSULTATION = """
            {"heldOn": "%s", "askerKind": "SCHOOL", "askerFunction": "Mentor åk 8",
             "problemAreas": ["SCHOOL_ABSENCE", "MENTAL_ILL_HEALTH"],
             "situation": "%s",
             "advice": "Prata med elevhälsan om en närvaroplan och återkom om det inte vänder.",
             "mayLeadToConcern": true}
            """;

    @Test
    void theCoordinatorRecordsAConsultationAndFindsItAgain() throws Exception {
        String situation = "En elev i åk 8 har hög frånvaro och verkar nedstämd " + System.nanoTime();
        var created = record("ic", LocalDate.now(), situation)
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.askerKind").value("SCHOOL"))
                .andExpect(jsonPath("$.problemAreas", containsInAnyOrder("SCHOOL_ABSENCE", "MENTAL_ILL_HEALTH")))
                .andExpect(jsonPath("$.mayLeadToConcern").value(true))
                .andExpect(jsonPath("$.recordedInFunction").value("INDIVIDUAL_COORDINATOR"))
                .andReturn();
        String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");

        api("ic", get("/api/v1/consultations/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.situation").value(situation));
        api("mottagning", get("/api/v1/consultations"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(id)));
        assertThat(accessLogCount(
                        "record_type = 'consultation' and record_id = ? and action = 'CREATE' and outcome = 'ALLOWED'"
                                + " and person_id is null",
                        id))
                .isOne();
    }

    @Test
    void theIntakeUnitRecordsToo() throws Exception {
        record("mottagning", LocalDate.now(), "Fråga från polisen om en grupp unga vid centrum")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recordedInFunction").value("INTAKE_UNIT"));
    }

    @Test
    void aPersonalNumberInTheTextIsRefusedAndNothingIsStored() throws Exception {
        long before = count();
        record("ic", LocalDate.now(), "Gäller eleven 120512-1234 i klass 8B")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("situation"))
                .andExpect(jsonPath("$.errors[0].code").value("consultation.identity-number"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("personnummer")));
        api(
                        "ic",
                        post("/api/v1/consultations")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"heldOn": "2020-01-01", "askerKind": "POLICE", "askerFunction": "Kontakt 201205121234",
                                         "problemAreas": ["CRIME"], "situation": "En grupp unga",
                                         "advice": "Ring 20120512-1234", "mayLeadToConcern": false}
                                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("askerFunction", "advice")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void everyMissingFactIsNamed() throws Exception {
        api(
                        "ic",
                        post("/api/v1/consultations")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        containsInAnyOrder(
                                "heldOn",
                                "askerKind",
                                "askerFunction",
                                "problemAreas",
                                "situation",
                                "advice",
                                "mayLeadToConcern")));
        record("ic", LocalDate.now().plusDays(3), "Något som inte har hänt än")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("consultation.held-on-in-future"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cm1",
                "gruppchef",
                "handlaggare",
                "socialjour",
                "skola",
                "polis",
                "styrgrupp",
                "loggranskare",
                "admin"
            })
    void everyOtherFunctionIsRefusedAndTheRefusalLogged(String user) throws Exception {
        String id = JsonPath.read(
                record("ic", LocalDate.now(), "En situation att rådgöra om")
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        long before = accessLogCount("username = ? and outcome = 'DENIED'", user);
        long stored = count();

        record(user, LocalDate.now(), "Försök att spara").andExpect(status().isForbidden());
        api(user, get("/api/v1/consultations")).andExpect(status().isForbidden());
        api(user, get("/api/v1/consultations/" + id)).andExpect(status().isForbidden());

        assertThat(accessLogCount("username = ? and outcome = 'DENIED'", user)).isEqualTo(before + 3);
        assertThat(count()).isEqualTo(stored);
    }

    @Test
    void anotherMunicipalitySeesNoneOfSjostads() throws Exception {
        String id = JsonPath.read(
                record("ic", LocalDate.now(), "Sjöstads konsultation")
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        api("aby-ic", get("/api/v1/consultations/" + id)).andExpect(status().isNotFound());
        api("aby-ic", get("/api/v1/consultations"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", not(hasItem(id))));
        assertThat(accessLogCount("username = 'aby-ic' and record_id = ? and outcome = 'DENIED'", id))
                .isOne();
    }

    private ResultActions record(String user, LocalDate heldOn, String situation) throws Exception {
        return api(
                user,
                post("/api/v1/consultations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CONSULTATION.formatted(heldOn, situation)));
    }

    private ResultActions api(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }

    private long count() {
        return jdbc.sql("select count(*) from consultation").query(Long.class).single();
    }
}
