package se.traden.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Closing a case is confirmed on a page of its own; with a date, the case manager stays as a maintaining
 * contact and schedules sparse follow-ups, which are reminded of when due and recorded as done.
 */
class MaintainingContactTest extends ClosableCaseTest {

    @Autowired
    FollowUpReminderScan scan;

    @Test
    void closureIsConfirmedOnItsOwnPageBeforeAnythingChanges() throws Exception {
        String caseId = cases.anActivatedCase(registeredChild(), "cm1");
        String until = today().plusMonths(6).toString();
        form(
                        "cm1",
                        post("/cases/" + caseId + "/closure/confirm")
                                .param("version", "0")
                                .param("maintainUntil", until)
                                .param("reason", "Vardagen är stabil"))
                .andExpect(redirectedUrl("/cases/" + caseId + "/closure/review"));
        page("cm1", "/cases/" + caseId + "/closure/review")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bekräfta avslut av ärende")))
                .andExpect(content().string(containsString("vidmakthållande kontakt till och med " + until)))
                .andExpect(content().string(containsString("<dd>Vardagen är stabil</dd>")))
                .andExpect(content().string(containsString("name=\"maintainUntil\" value=\"" + until + "\"")));
        cases.api("cm1", get("/api/v1/cases/" + caseId))
                .andExpect(jsonPath("$.status").value("ACTIVE"));

        form(
                        "cm1",
                        post("/cases/" + caseId + "/closure/edit")
                                .param("version", "0")
                                .param("maintainUntil", until)
                                .param("reason", "Vardagen är stabil"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + until + "\"")));

        form(
                        "cm1",
                        post("/cases/" + caseId + "/closure/confirm")
                                .param("version", "0")
                                .param("maintainUntil", today().minusDays(1).toString())
                                .param("reason", "Vardagen är stabil"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#closure-maintainUntil\"")));

        form(
                        "cm1",
                        post("/cases/" + caseId + "/closure")
                                .param("version", "0")
                                .param("maintainUntil", until)
                                .param("reason", "Vardagen är stabil"))
                .andExpect(redirectedUrl("/cases/" + caseId));
        cases.api("cm1", get("/api/v1/cases/" + caseId))
                .andExpect(jsonPath("$.status").value("MAINTENANCE"))
                .andExpect(jsonPath("$.maintenanceUntil").value(until));
        page("cm1", "/cases/" + caseId)
                .andExpect(content().string(containsString("Planera en uppföljning")))
                .andExpect(content().string(containsString("Avsluta den vidmakthållande kontakten")))
                .andExpect(content().string(not(containsString("Byt fas"))));
    }

    @Test
    void aFollowUpIsScheduledRemindedWhenDueAndRecordedAsDone() throws Exception {
        String caseId = cases.anActivatedCase(registeredChild(), "cm1");
        closeWithMaintenance("cm1", caseId, today().plusMonths(4));
        LocalDate due = today().plusDays(30);
        form(
                        "cm1",
                        post("/cases/" + caseId + "/follow-ups")
                                .param("dueOn", due.toString())
                                .param("what", "Samtal med familjen inför terminsstart"))
                .andExpect(redirectedUrl("/cases/" + caseId));
        String followUp = JsonPath.read(
                cases.api("cm1", get("/api/v1/cases/" + caseId + "/follow-ups"))
                        .andExpect(jsonPath("$[0].state").value("UPCOMING"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[0].id");

        scan.run();
        assertThat(reminders(followUp)).isEmpty();

        clock.set(clock.instant().plus(Duration.ofDays(28)));
        scan.run();
        scan.run();
        assertThat(reminders(followUp)).containsExactly("DUE active");
        String reminder = reminderId(followUp, "DUE");
        cases.api("cm1", get("/api/v1/cases/follow-up-reminders"))
                .andExpect(jsonPath("$[*].id").value(hasItem(reminder)));
        List<String> others = JsonPath.read(
                cases.api("cm2", get("/api/v1/cases/follow-up-reminders"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[*].id");
        assertThat(others).doesNotContain(reminder);
        page("cm1", "/cases/follow-ups")
                .andExpect(content().string(containsString("Samtal med familjen inför terminsstart")))
                .andExpect(content().string(containsString("Markera som läst")));
        page("cm1", "/start/case-manager").andExpect(content().string(containsString("Uppföljningar (")));

        clock.set(clock.instant().plus(Duration.ofDays(3)));
        scan.run();
        assertThat(reminders(followUp)).containsExactlyInAnyOrder("DUE settled", "OVERDUE active");
        String overdue = reminderId(followUp, "OVERDUE");
        cases.api("cm2", post("/api/v1/cases/follow-up-reminders/" + overdue + "/read"))
                .andExpect(status().isNotFound());
        cases.api("cm1", post("/api/v1/cases/follow-up-reminders/" + overdue + "/read"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readAt").exists());
        cases.api("cm1", get("/api/v1/cases/follow-ups"))
                .andExpect(jsonPath("$[?(@.id == '" + followUp + "')].state").value("OVERDUE"));

        page("cm1", "/cases/" + caseId + "/follow-ups/" + followUp + "/done")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Registrera en uppföljning som genomförd")));
        form(
                        "cm1",
                        post("/cases/" + caseId + "/follow-ups/" + followUp + "/done")
                                .param("version", "0")
                                .param("note", "Bra samtal, skolstarten är planerad"))
                .andExpect(redirectedUrl("/cases/" + caseId + "#follow-ups"));
        assertThat(reminders(followUp)).containsExactlyInAnyOrder("DUE settled", "OVERDUE settled");
        form(
                        "cm1",
                        post("/cases/" + caseId + "/follow-ups/" + followUp + "/done")
                                .param("version", "0"))
                .andExpect(status().isConflict());
        cases.api("cm1", get("/api/v1/cases/" + caseId))
                .andExpect(jsonPath("$.history[*].type").value(hasItem("FOLLOW_UP_SCHEDULED")))
                .andExpect(jsonPath("$.history[*].type").value(hasItem("FOLLOW_UP_DONE")));
        page("cm1", "/cases/" + caseId)
                .andExpect(content().string(containsString("Bra samtal, skolstarten är planerad")));
    }

    @Test
    void followUpsBelongToTheMaintainingContactAndItsDates() throws Exception {
        String caseId = cases.anActivatedCase(registeredChild(), "cm1");
        schedule("cm1", caseId, today().plusDays(5), "Samtal").andExpect(status().isUnprocessableContent());
        LocalDate until = today().plusMonths(2);
        closeWithMaintenance("cm1", caseId, until);
        schedule("cm1", caseId, until.plusDays(1), "Samtal")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dueOn"));
        schedule("cm1", caseId, today().minusDays(1), "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("what")));
        schedule("ic", caseId, until, "Avstämning vid vidmakthållandets slut").andExpect(status().isCreated());

        long v = cases.caseVersion("cm1", caseId);
        cases.caseCommand("cm1", caseId, "maintenance-end", "{\"version\": " + v + ", \"reason\": \"Klart\"}")
                .andExpect(jsonPath("$.status").value("CLOSED"));
        schedule("cm1", caseId, today().plusDays(5), "Samtal").andExpect(status().isUnprocessableContent());
        cases.api("cm1", get("/api/v1/cases/follow-ups"))
                .andExpect(jsonPath("$[?(@.caseId == '" + caseId + "')]").isEmpty());
    }

    @ParameterizedTest(name = "{0}: case follow-ups {1}, schedule {2}, list {3}, reminders {4}")
    @CsvSource({
        "cm1,          200, 201, 200, 200",
        "ic,           200, 201, 200, 403",
        "cm2,          403, 403, 200, 200",
        "gruppchef,    403, 403, 403, 403",
        "handlaggare,  403, 403, 403, 403",
        "mottagning,   403, 403, 403, 403",
        "socialjour,   403, 403, 403, 403",
        "skola,        403, 403, 403, 403",
        "polis,        403, 403, 403, 403",
        "styrgrupp,    403, 403, 403, 403",
        "loggranskare, 403, 403, 403, 403",
        "admin,        403, 403, 403, 403",
        "aby-ic,       404, 404, 200, 403"
    })
    void onlyThoseWorkingTheCaseSeeAndScheduleItsFollowUps(
            String user, int ofCase, int scheduled, int list, int reminders) throws Exception {
        String caseId = cases.anActivatedCase(registeredChild(), "cm1");
        closeWithMaintenance("cm1", caseId, today().plusMonths(3));
        cases.api(user, get("/api/v1/cases/" + caseId + "/follow-ups")).andExpect(status().is(ofCase));
        schedule(user, caseId, today().plusDays(10), "Samtal").andExpect(status().is(scheduled));
        cases.api(user, get("/api/v1/cases/follow-ups")).andExpect(status().is(list));
        cases.api(user, get("/api/v1/cases/follow-up-reminders")).andExpect(status().is(reminders));
    }

    @Test
    void aFollowUpIsRecordedAsDoneOnlyByThoseWorkingTheCase() throws Exception {
        String caseId = cases.anActivatedCase(registeredChild(), "cm1");
        closeWithMaintenance("cm1", caseId, today().plusMonths(3));
        String followUp = JsonPath.read(
                schedule("cm1", caseId, today().plusDays(10), "Samtal")
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        for (String user : List.of("cm2", "gruppchef", "handlaggare", "skola", "admin")) {
            done(user, caseId, followUp).andExpect(status().isForbidden());
        }
        done("aby-ic", caseId, followUp).andExpect(status().isNotFound());
        done("cm1", caseId, java.util.UUID.randomUUID().toString()).andExpect(status().isNotFound());
        done("cm1", caseId, followUp)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.doneAt").exists());
        done("cm1", caseId, followUp).andExpect(status().isConflict());
    }

    ResultActions done(String user, String caseId, String followUp) throws Exception {
        return cases.api(
                user,
                post("/api/v1/cases/" + caseId + "/follow-ups/" + followUp + "/done")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"note\": \"Genomfört\"}"));
    }

    ResultActions schedule(String user, String caseId, LocalDate due, String what) throws Exception {
        return cases.api(
                user,
                post("/api/v1/cases/" + caseId + "/follow-ups")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dueOn\": \"" + due + "\", \"what\": \"" + what + "\"}"));
    }

    List<String> reminders(String followUp) {
        return jdbc.sql("""
                        select state || ' ' || case when settled_at is null then 'active' else 'settled' end
                          from follow_up_reminder where follow_up_id = ?::uuid order by created_at, state
                        """).param(followUp).query(String.class).list();
    }

    String reminderId(String followUp, String state) {
        return jdbc.sql("select id::text from follow_up_reminder where follow_up_id = ?::uuid and state = ?")
                .params(followUp, state)
                .query(String.class)
                .single();
    }

    ResultActions page(String user, String path) throws Exception {
        return mvc.perform(get(path).session(sessions.of(user)));
    }

    ResultActions form(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(sessions.of(user)).with(csrf()));
    }
}
