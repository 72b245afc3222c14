package se.traden.collaboration;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.traden.support.CollaborationFixtures;
import se.traden.support.IntegrationTest;

/**
 * The collaboration group: actors with task and mandate, meetings prepared with the child and family,
 * their outcomes with who does what next, and the note that the family declines all but the case manager.
 */
class GroupTest extends IntegrationTest {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final LocalDate TODAY = LocalDate.now(STOCKHOLM);

    CollaborationFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new CollaborationFixtures(mvc, jdbc);
    }

    @Test
    void actorsJoinAndLeaveWithTheirTaskAndMandate() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        String actor = CollaborationFixtures.read(
                fx.postJson("cm1", "/api/v1/cases/" + caseId + "/group/actors", """
                                {"organisation": "Sjöskolan", "functionName": "Mentor", "task": "Anpassat schema",
                                 "mandate": "Beslutar om schemat i sin klass"}""")
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.active").value(true))
                        .andExpect(jsonPath("$.joinedOn").value(TODAY.toString())),
                "$.id");
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/group/actors", "{\"organisation\": \"BUP\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("functionName", "task", "mandate")));
        String departure = "/api/v1/cases/" + caseId + "/group/actors/" + actor + "/departure";
        fx.postJson("cm1", departure, "{\"version\": 0, \"leftOn\": \"%s\"}".formatted(TODAY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("leftReason"));
        fx.postJson("cm1", departure, """
                        {"version": 0, "leftOn": "%s", "reason": "Bytte skola"}""".formatted(TODAY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.version").value(1));
        fx.postJson("cm1", departure, """
                        {"version": 1, "leftOn": "%s", "reason": "igen"}""".formatted(TODAY)).andExpect(status().isUnprocessableContent());
        fx.postJson("cm2", "/api/v1/cases/" + caseId + "/group/actors", "{}").andExpect(status().isForbidden());
    }

    @Test
    void aMeetingIsPlannedWithTheChildsPreparationAndGetsItsOutcomeOnceHeld() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/group/meetings", """
                        {"heldAt": "%s", "agenda": "Skolgången", "attendees": "Mentor, kurator",
                         "childAttends": true, "familyAttends": true, "familyChoseAttendees": false}""".formatted(
                                OffsetDateTime.now(STOCKHOLM).minusHours(2)))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[*].code").value(hasItems("meeting.why-family-did-not-choose", "required")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("attendanceNote", "childPreparation")));
        String held = CollaborationFixtures.read(
                fx.postJson("cm1", "/api/v1/cases/" + caseId + "/group/meetings", """
                                {"heldAt": "%s", "agenda": "Skolgången", "attendees": "Mentor, kurator",
                                 "childAttends": true, "familyAttends": true, "familyChoseAttendees": true,
                                 "childPreparation": "Gick igenom dagordningen med barnet dagen före"}""".formatted(
                                        OffsetDateTime.now(STOCKHOLM).minusHours(2)))
                        .andExpect(status().isCreated()),
                "$.id");
        String planned = CollaborationFixtures.read(
                fx.postJson("cm1", "/api/v1/cases/" + caseId + "/group/meetings", """
                                {"heldAt": "%s", "agenda": "Uppföljning", "attendees": "Mentor",
                                 "childAttends": false, "familyAttends": true, "familyChoseAttendees": true,
                                 "childPreparation": "Barnet vill inte vara med men vet om mötet"}""".formatted(
                                        OffsetDateTime.now(STOCKHOLM).plusDays(7)))
                        .andExpect(status().isCreated()),
                "$.id");
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/group/meetings/" + planned + "/outcome", """
                        {"version": 0, "outcomes": "x", "actions": [{"what": "a", "owner": "b", "dueOn": "%s"}]}""".formatted(TODAY))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:meeting.not-yet-held"));
        String outcome = "/api/v1/cases/" + caseId + "/group/meetings/" + held + "/outcome";
        fx.postJson("cm1", outcome, "{\"version\": 0, \"outcomes\": \"Schemat anpassas\", \"actions\": []}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("meeting.next-step-required"));
        fx.postJson("cm1", outcome, """
                        {"version": 0, "outcomes": "Schemat anpassas",
                         "actions": [{"what": "Nytt schema", "owner": "Mentor"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("actions[0].dueOn"));
        fx.postJson("cm1", outcome, """
                        {"version": 0, "outcomes": "Schemat anpassas",
                         "actions": [{"what": "Nytt schema", "owner": "Mentor", "dueOn": "%s"},
                                     {"what": "Följa upp hemma", "owner": "Case manager", "dueOn": "%s"}]}""".formatted(TODAY.plusDays(7), TODAY.plusDays(14)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions.length()").value(2))
                .andExpect(jsonPath("$.actions[1].owner").value("Case manager"));
        fx.postJson("cm1", outcome, """
                        {"version": 1, "outcomes": "igen", "actions": [{"what": "a", "owner": "b", "dueOn": "%s"}]}""".formatted(TODAY)).andExpect(status().isUnprocessableContent());
        fx.api("ic", get("/api/v1/cases/" + caseId + "/group"))
                .andExpect(jsonPath("$.meetings.length()").value(2))
                .andExpect(jsonPath("$.meetings[1].outcomes").value("Schemat anpassas"));
    }

    @Test
    void theFamilyDecliningAllButTheCaseManagerIsNotedAndWithdrawn() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/declined-interventions", """
                        {"declaredOn": "%s", "note": "Tackar nej till BUP och kontaktperson"}""".formatted(TODAY))
                .andExpect(status().isCreated());
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/declined-interventions", """
                        {"declaredOn": "%s"}""".formatted(TODAY))
                .andExpect(status().isUnprocessableContent());
        fx.api("cm1", get("/api/v1/cases/" + caseId + "/group"))
                .andExpect(jsonPath("$.declinedInterventions.declaredOn").value(TODAY.toString()));
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/declined-interventions/withdrawal", """
                        {"withdrawnOn": "%s"}""".formatted(
                                TODAY.minusDays(1)))
                .andExpect(status().isBadRequest());
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/declined-interventions/withdrawal", """
                        {"withdrawnOn": "%s"}""".formatted(TODAY))
                .andExpect(status().isNoContent());
        fx.api("cm1", get("/api/v1/cases/" + caseId + "/group"))
                .andExpect(jsonPath("$.declinedInterventions").doesNotExist());
    }

    @Test
    void theGroupPagesTakeActorsMeetingsAndOutcomes() throws Exception {
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        fx.page("cm1", get("/cases/" + caseId + "/group")).andExpect(status().isOk());
        fx.page("cm1", get("/cases/" + caseId + "/group/actors/new")).andExpect(status().isOk());
        fx.page(
                        "cm1",
                        post("/cases/" + caseId + "/group/actors")
                                .param("organisation", "Fritidsgården Vågen")
                                .param("functionName", "Fritidsledare")
                                .param("task", "Håller kontakt på kvällarna")
                                .param("mandate", "Kan erbjuda plats i aktiviteter")
                                .param("joinedOn", TODAY.toString()))
                .andExpect(redirectedUrl("/cases/" + caseId + "/group"));
        fx.page(
                        "cm1",
                        post("/cases/" + caseId + "/group/meetings")
                                .param(
                                        "heldAt",
                                        OffsetDateTime.now(STOCKHOLM)
                                                .minusHours(3)
                                                .toLocalDateTime()
                                                .withSecond(0)
                                                .withNano(0)
                                                .toString())
                                .param("agenda", "Kvällarna")
                                .param("attendees", "Fritidsledare")
                                .param("childAttends", "true")
                                .param("familyAttends", "false")
                                .param("familyChoseAttendees", "true")
                                .param("childPreparation", "Pratade om mötet på vägen hem"))
                .andExpect(redirectedUrl("/cases/" + caseId + "/group"));
        String meeting = jdbc.sql("select id::text from group_meeting where case_id = ?::uuid")
                .param(caseId)
                .query(String.class)
                .single();
        fx.page("cm1", get("/cases/" + caseId + "/group/meetings/" + meeting + "/outcome"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("actions[2].what")));
        fx.page(
                        "cm1",
                        post("/cases/" + caseId + "/group/meetings/" + meeting + "/outcome")
                                .param("version", "0")
                                .param("outcomes", "Plats i fotbollen")
                                .param("actions[0].what", "")
                                .param("actions[1].what", "Anmäla till fotbollen")
                                .param("actions[1].owner", "Fritidsledaren")
                                .param("actions[1].dueOn", "")
                                .param("actions[2].what", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")));
        fx.page(
                        "cm1",
                        post("/cases/" + caseId + "/group/meetings/" + meeting + "/outcome")
                                .param("version", "0")
                                .param("outcomes", "Plats i fotbollen")
                                .param("actions[0].what", "Anmäla till fotbollen")
                                .param("actions[0].owner", "Fritidsledaren")
                                .param("actions[0].dueOn", TODAY.plusDays(3).toString()))
                .andExpect(redirectedUrl("/cases/" + caseId + "/group"));
        fx.page(
                        "cm1",
                        post("/cases/" + caseId + "/group/declined")
                                .param("declaredOn", TODAY.toString())
                                .param("note", "Vill bara ha case managern"))
                .andExpect(redirectedUrl("/cases/" + caseId + "/group"));
        fx.page("cm1", get("/cases/" + caseId + "/group"))
                .andExpect(content().string(containsString("Fritidsgården Vågen")))
                .andExpect(content().string(containsString("Anmäla till fotbollen")))
                .andExpect(content().string(containsString("Vill bara ha case managern")));
        fx.page("gruppchef", get("/cases/" + caseId + "/group")).andExpect(status().isForbidden());
    }
}
