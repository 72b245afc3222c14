package se.traden.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import se.traden.support.CaseFixtures;
import se.traden.support.IntegrationTest;
import se.traden.support.UiLogin;

/**
 * A case manager leaves: the group manager hands all of their cases and functions to a colleague in one
 * step; nothing is left without a case manager, and each case's history says why.
 */
class HandoverTest extends IntegrationTest {
    /** The staff this test made; their functions are taken away afterwards, so no other test meets them. */
    private final java.util.List<UUID> made = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void noLeftoverCaseManagers() {
        for (UUID staff : made) {
            jdbc.sql("delete from function_assignment where staff_id = ?")
                    .param(staff)
                    .update();
        }
    }

    @Test
    void everyCaseAndFunctionPassesToTheSuccessorInOneStep() throws Exception {
        CaseFixtures fx = new CaseFixtures(mvc, jdbc);
        UUID leaver = newCaseManager("Lena Lämnar");
        String first = fx.activate(fx.identifiedConcernAbout(registeredChild(), "Oro ett"), leaver);
        String second = fx.activate(fx.identifiedConcernAbout(registeredChild(), "Oro två"), leaver);
        UUID successor = newCaseManager("Elsa Efterträdare");

        api("gruppchef", get("/api/v1/organisation/staff/" + leaver + "/handover"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cases.length()").value(2))
                .andExpect(jsonPath("$.functions[0]").value("CASE_MANAGER"));
        handOver("gruppchef", leaver, successor, "Slutar sin anställning")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.casesMoved").value(2));

        for (String caseId : new String[] {first, second}) {
            assertThat(jdbc.sql("select case_manager_staff_id from collab_case where id = ?::uuid")
                            .param(caseId)
                            .query(UUID.class)
                            .single())
                    .isEqualTo(successor);
            api("ic", get("/api/v1/cases/" + caseId))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.history[*].reason").value(Matchers.hasItem("Slutar sin anställning")));
        }
        assertThat(jdbc.sql(
                                "select count(*) from function_assignment where staff_id = ? and (valid_to is null or valid_to >= current_date)")
                        .param(leaver)
                        .query(Long.class)
                        .single())
                .as("the leaver holds no function from today")
                .isZero();
        assertThat(jdbc.sql("select cases_moved from handover where from_staff_id = ?")
                        .param(leaver)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(accessLogCount("record_type = 'handover' and outcome = 'ALLOWED'"))
                .isPositive();
    }

    @Test
    void onLeaveTheSuccessorTakesOnTheFunctionsTheCasesNeedAndBadInputMovesNothing() throws Exception {
        CaseFixtures fx = new CaseFixtures(mvc, jdbc);
        UUID leaver = newCaseManager("Lars Lämnar");
        String caseId = fx.activate(fx.identifiedConcernAbout(registeredChild(), "Oro"), leaver);
        // On leave (endFunctions false) the leaver keeps the functions and the successor takes them on too.
        UUID notCm = newStaff("Sam Ersättare");
        mvcHandOver("gruppchef", leaver, notCm, "Ledig", false).andExpect(status().is2xxSuccessful());
        assertThat(jdbc.sql("select case_manager_staff_id from collab_case where id = ?::uuid")
                        .param(caseId)
                        .query(UUID.class)
                        .single())
                .isEqualTo(notCm);
        assertThat(jdbc.sql("select count(*) from function_assignment where staff_id = ? and valid_to is null")
                        .param(leaver)
                        .query(Long.class)
                        .single())
                .isPositive();
        handOver("gruppchef", leaver, leaver, "Samma").andExpect(status().isBadRequest());
        handOver("gruppchef", leaver, null, "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItems("successorId", "reason")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "gruppchef, 200",
        "admin, 200",
        "ic, 403",
        "cm1, 403",
        "styrgrupp, 403",
        "skola, 403",
        "loggranskare, 403",
        "aby-admin, 404"
    })
    void whoMayHandOver(String user, int expected) throws Exception {
        UUID someone = new CaseFixtures(mvc, jdbc).staffId("cm1");
        api(user, get("/api/v1/organisation/staff/" + someone + "/handover")).andExpect(status().is(expected));
        mvc.perform(get("/organisation/staff/" + someone + "/overlamning").with(UiLogin.as(mvc, user)))
                .andExpect(status().is(expected));
    }

    @Test
    void thePageHandsOverWithAConfirmationOfWhatMoved() throws Exception {
        CaseFixtures fx = new CaseFixtures(mvc, jdbc);
        UUID leaver = newCaseManager("Linn Lämnar");
        fx.activate(fx.identifiedConcernAbout(registeredChild(), "Oro"), leaver);
        var gm = UiLogin.as(mvc, "gruppchef");
        mvc.perform(get("/organisation/staff/" + leaver + "/overlamning").with(gm))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Lämna över allt")));
        mvc.perform(post("/organisation/staff/" + leaver + "/overlamning")
                        .with(gm)
                        .with(csrf())
                        .param("successorId", "")
                        .param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Fältet måste fyllas i")));
        mvc.perform(post("/organisation/staff/" + leaver + "/overlamning")
                        .with(gm)
                        .with(csrf())
                        .param(
                                "successorId",
                                newCaseManager("Erik Efterträdare").toString())
                        .param("reason", "Föräldraledig")
                        .param("endFunctions", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from collab_case where case_manager_staff_id = ? and status <> 'CLOSED'")
                        .param(leaver)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** A new staff member without functions (never a demo user: a handover changes what its successor holds). */
    private UUID newStaff(String name) {
        UUID municipality = jdbc.sql("select id from municipality where code = 'sjostad'")
                .query(UUID.class)
                .single();
        UUID staff = UUID.randomUUID();
        jdbc.sql("insert into staff (id, municipality_id, name) values (?, ?, ?)")
                .params(staff, municipality, name)
                .update();
        made.add(staff);
        return staff;
    }

    /** A new staff member holding the case manager function from the last month on. */
    private UUID newCaseManager(String name) throws Exception {
        UUID municipality = jdbc.sql("select id from municipality where code = 'sjostad'")
                .query(UUID.class)
                .single();
        UUID staff = newStaff(name);
        jdbc.sql("""
                        insert into function_assignment (id, municipality_id, function_id, staff_id, valid_from)
                        select gen_random_uuid(), ?, f.id, ?, current_date - 30
                          from org_function f where f.municipality_id = ? and f.type = 'CASE_MANAGER' limit 1
                        """).params(municipality, staff, municipality).update();
        return staff;
    }

    private ResultActions handOver(String user, UUID from, UUID to, String reason) throws Exception {
        return mvcHandOver(user, from, to, reason, true);
    }

    private ResultActions mvcHandOver(String user, UUID from, UUID to, String reason, boolean end) throws Exception {
        return api(
                user,
                post("/api/v1/organisation/staff/" + from + "/handover")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"successorId\": " + (to == null ? "null" : "\"" + to + "\"") + ", \"reason\": \""
                                + reason + "\", \"endFunctions\": " + end + "}"));
    }

    private ResultActions api(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r)
            throws Exception {
        return mvc.perform(r.with(httpBasic(user, "demo")));
    }
}
