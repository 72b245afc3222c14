package se.traden.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.traden.support.CaseFixtures;
import se.traden.support.IntegrationTest;
import se.traden.support.UiLogin;

/** Who may see the situation picture, and in which form; and the steering group's limits elsewhere. */
class SituationAccessTest extends IntegrationTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "ic, 200, false",
        "gruppchef, 200, false",
        "styrgrupp, 200, true",
        "cm1, 403, ",
        "mottagning, 403, ",
        "socialjour, 403, ",
        "handlaggare, 403, ",
        "skola, 403, ",
        "polis, 403, ",
        "loggranskare, 403, ",
        "admin, 403, ",
        "aby-ic, 200, false"
    })
    void eachFunctionGetsItsAnswer(String user, int expected, Boolean aggregated) throws Exception {
        long denied = accessLogCount("outcome = 'DENIED' and record_type = 'situation-picture'");
        long allowed = accessLogCount("outcome = 'ALLOWED' and record_type = 'situation-picture'");
        var api = mvc.perform(get("/api/v1/followup/situation").with(httpBasic(user, "demo")))
                .andExpect(status().is(expected));
        mvc.perform(get("/uppfoljning/lagesbild").with(UiLogin.as(mvc, user))).andExpect(status().is(expected));
        if (expected == 200) {
            api.andExpect(jsonPath("$.aggregated").value(aggregated));
            assertThat(accessLogCount("outcome = 'ALLOWED' and record_type = 'situation-picture'"))
                    .isEqualTo(allowed + 2);
        } else {
            assertThat(accessLogCount("outcome = 'DENIED' and record_type = 'situation-picture'"))
                    .isEqualTo(denied + 2);
        }
    }

    @Test
    void theSteeringGroupIsRefusedCaseDataAndTheAttemptIsLogged() throws Exception {
        CaseFixtures fx = new CaseFixtures(mvc, jdbc);
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        long denied = accessLogCount("outcome = 'DENIED' and record_id = ?", caseId);
        mvc.perform(get("/api/v1/cases/" + caseId).with(httpBasic("styrgrupp", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(
                        content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Testbarn"))));
        mvc.perform(get("/cases/" + caseId).with(UiLogin.as(mvc, "styrgrupp"))).andExpect(status().isForbidden());
        assertThat(accessLogCount("outcome = 'DENIED' and record_id = ?", caseId))
                .isGreaterThanOrEqualTo(denied + 2);
    }

    @Test
    void aBadPeriodIsAnsweredFieldByField() throws Exception {
        mvc.perform(get("/api/v1/followup/situation?from=2026-05-01&to=2026-04-01")
                        .with(httpBasic("ic", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("Slutdatumet ligger före startdatumet"));
        mvc.perform(get("/api/v1/followup/situation?from=1maj&to=2026-04-01").with(httpBasic("ic", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/uppfoljning/lagesbild?from=2026-05-01&to=2026-04-01").with(UiLogin.as(mvc, "ic")))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("Slutdatumet ligger före startdatumet")));
    }
}
