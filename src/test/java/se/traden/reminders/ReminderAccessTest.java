package se.traden.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.traden.support.ConcernFixtures;
import se.traden.support.IntegrationTest;

/**
 * Who sees deadlines and reminders: the coordinator all of them, the intake unit those of its route,
 * the group manager the deadlines without names; every other function is refused and the refusal
 * logged; another municipality sees none of Sjöstad's.
 */
class ReminderAccessTest extends IntegrationTest {
    @Autowired
    ReminderScan scan;

    ConcernFixtures concerns;
    String overdue;

    @BeforeEach
    void anOverdueConcern() throws Exception {
        concerns = new ConcernFixtures(mvc);
        overdue = concerns.raise("skola", "Försenad Elev", false);
        makeOverdue(overdue);
        scan.run();
    }

    @Test
    void theCoordinatorSeesEveryOpenDeadlineOverdueFirst() throws Exception {
        String fresh = concerns.raise("skola", "Ny Elev", false);
        var json = concerns.api("ic", get("/api/v1/deadlines"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        List<String> states = JsonPath.read(json, "$[*].state");
        List<String> due = JsonPath.read(json, "$[*].dueAt");
        for (int i = 1; i < states.size(); i++) {
            boolean previousOverdue = states.get(i - 1).equals("OVERDUE");
            boolean overdueNow = states.get(i).equals("OVERDUE");
            assertThat(previousOverdue || !overdueNow)
                    .as("overdue first, row " + i)
                    .isTrue();
            if (previousOverdue == overdueNow) {
                assertThat(Instant.parse(due.get(i - 1)))
                        .as("then by due time, row " + i)
                        .isBeforeOrEqualTo(Instant.parse(due.get(i)));
            }
        }
        List<String> overdueKinds = JsonPath.read(json, "$[?(@.concernId == '" + overdue + "')].kind");
        assertThat(overdueKinds).containsExactlyInAnyOrder("GATHERING", "FEEDBACK", "DECISION");
        List<String> freshStates = JsonPath.read(json, "$[?(@.concernId == '" + fresh + "')].state");
        assertThat(freshStates).containsOnly("DUE").hasSize(3);
        List<String> names = JsonPath.read(json, "$[?(@.concernId == '" + overdue + "')].subjectName");
        assertThat(names).containsOnly("Försenad Elev");
        assertThat(accessLogCount("username = 'ic' and record_type = 'deadline-list' and outcome = 'ALLOWED'"))
                .isPositive();
    }

    @Test
    void theGroupManagerFollowsTheLoadWithoutNames() throws Exception {
        var json = concerns.api("gruppchef", get("/api/v1/deadlines"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Object> names = JsonPath.read(json, "$[?(@.concernId == '" + overdue + "')].subjectName");
        assertThat(names).hasSize(3).containsOnlyNulls();
        concerns.api("gruppchef", get("/api/v1/reminders")).andExpect(status().isForbidden());
        concerns.api("gruppchef", post("/api/v1/reminders/" + aReminderOf(overdue) + "/read"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theIntakeUnitFollowsTheConcernsOfItsRoute() throws Exception {
        String viaIntake = concerns.raise("skola", "Mottagen Elev", false);
        jdbc.sql("update concern set route = 'INTAKE_UNIT' where id = ?")
                .param(UUID.fromString(viaIntake))
                .update();
        makeOverdue(viaIntake);
        scan.run();

        concerns.api("mottagning", get("/api/v1/deadlines"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].concernId", hasItem(viaIntake)))
                .andExpect(jsonPath("$[*].concernId", not(hasItem(overdue))));
        // Gathering and feedback are the intake unit's to remind of; the decision stays the coordinator's.
        String mine = concerns.api("mottagning", get("/api/v1/reminders"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> kinds = JsonPath.read(mine, "$[?(@.concernId == '" + viaIntake + "')].kind");
        assertThat(kinds).containsExactlyInAnyOrder("GATHERING", "FEEDBACK");
        String coordinators = concerns.api("ic", get("/api/v1/reminders"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> icKinds = JsonPath.read(coordinators, "$[?(@.concernId == '" + viaIntake + "')].kind");
        assertThat(icKinds).containsExactly("DECISION");
    }

    @Test
    void theCoordinatorReadsAndMarksReminders() throws Exception {
        String json = concerns.api("ic", get("/api/v1/reminders"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> ids = JsonPath.read(json, "$[?(@.concernId == '" + overdue + "')].id");
        assertThat(ids).hasSize(3);
        List<String> states = JsonPath.read(json, "$[?(@.concernId == '" + overdue + "')].state");
        assertThat(states).containsOnly("OVERDUE");

        String id = ids.getFirst();
        concerns.api("ic", post("/api/v1/reminders/" + id + "/read"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readAt").isNotEmpty());
        String readAt = JsonPath.read(
                concerns.api("ic", post("/api/v1/reminders/" + id + "/read"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.readAt");
        assertThat(readAt).as("reading again changes nothing").isNotBlank();
        assertThat(accessLogCount("record_type = 'reminder' and record_id = ? and outcome = 'ALLOWED'", id))
                .isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cm1", "handlaggare", "socialjour", "skola", "polis", "styrgrupp", "loggranskare", "admin"})
    void everyOtherFunctionIsRefusedAndTheRefusalLogged(String user) throws Exception {
        String reminder = aReminderOf(overdue);
        long before = accessLogCount("username = ? and outcome = 'DENIED'", user);

        concerns.api(user, get("/api/v1/deadlines")).andExpect(status().isForbidden());
        concerns.api(user, get("/api/v1/reminders")).andExpect(status().isForbidden());
        concerns.api(user, post("/api/v1/reminders/" + reminder + "/read")).andExpect(status().isForbidden());

        assertThat(accessLogCount("username = ? and outcome = 'DENIED'", user)).isEqualTo(before + 3);
        assertThat(jdbc.sql("select read_at is null from reminder where id = ?")
                        .param(UUID.fromString(reminder))
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aReminderOfAnotherFunctionIsAnsweredAsMissing() throws Exception {
        String reminder = aReminderOf(overdue);
        concerns.api("mottagning", post("/api/v1/reminders/" + reminder + "/read"))
                .andExpect(status().isNotFound());
        assertThat(accessLogCount("username = 'mottagning' and record_id = ? and outcome = 'DENIED'", reminder))
                .isOne();
    }

    @Test
    void anotherMunicipalitySeesNoneOfSjostads() throws Exception {
        String reminder = aReminderOf(overdue);
        concerns.api("aby-ic", get("/api/v1/deadlines"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].concernId", not(hasItem(overdue))));
        concerns.api("aby-ic", get("/api/v1/reminders"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].concernId", not(hasItem(overdue))));
        concerns.api("aby-ic", post("/api/v1/reminders/" + reminder + "/read")).andExpect(status().isNotFound());
        assertThat(accessLogCount("username = 'aby-ic' and record_id = ? and outcome = 'DENIED'", reminder))
                .isOne();
    }

    /** All three clocks started 49 hours ago and the decision's ran out an hour ago too. */
    private void makeOverdue(String concernId) {
        jdbc.sql("""
                        update concern set
                            gathering_started_at = now() - interval '49 hours', gathering_due_at = now() - interval '1 hour',
                            feedback_started_at = now() - interval '49 hours', feedback_due_at = now() - interval '1 hour',
                            decision_started_at = now() - interval '8 days', decision_due_at = now() - interval '1 hour'
                         where id = ?
                        """).param(UUID.fromString(concernId)).update();
    }

    private String aReminderOf(String concernId) {
        return jdbc.sql("select id::text from reminder where concern_id = ? order by kind limit 1")
                .param(UUID.fromString(concernId))
                .query(String.class)
                .single();
    }
}
