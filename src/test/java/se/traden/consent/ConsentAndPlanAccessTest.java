package se.traden.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.traden.support.CaseFixtures;
import se.traden.support.IntegrationTest;
import se.traden.support.UiLogin;

/**
 * Inner secrecy on every consent and plan endpoint, for every demo user: the case manager holding the
 * case and the coordinator read and write; a group manager only reads, and only once a disagreement has
 * been escalated; everyone else is refused and the refusal logged; another municipality gets the same
 * answer as for a case that does not exist.
 */
class ConsentAndPlanAccessTest extends IntegrationTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "cm1, ALLOWED",
        "ic, ALLOWED",
        "cm2, 403",
        "gruppchef, 403",
        "handlaggare, 403",
        "mottagning, 403",
        "socialjour, 403",
        "skola, 403",
        "polis, 403",
        "styrgrupp, 403",
        "loggranskare, 403",
        "admin, 403",
        "aby-ic, 404"
    })
    void everyEndpointAnswersAsInnerSecrecySays(String user, String expected) throws Exception {
        var fixtures = new CaseFixtures(mvc, jdbc);
        UUID child = registeredChild();
        String caseId = fixtures.anActivatedCase("cm1", child);
        String consent = JsonPath.read(
                api(
                                "cm1",
                                post("/api/v1/cases/" + caseId + "/consents")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(consentBody(child)))
                        .getContentAsString(),
                "$.id");
        api(
                "cm1",
                post("/api/v1/cases/" + caseId + "/plan/revisions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(revision(0, "Gå till skolan")));
        api(
                "cm1",
                post("/api/v1/cases/" + caseId + "/plan/revisions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(revision(1, "Gå till skolan varje dag")));
        long denied = accessLogCount("outcome = 'DENIED' and username = ?", user);

        List<Integer> answers = new ArrayList<>();
        String c = "/api/v1/cases/" + caseId;
        answers.add(status(user, get(c + "/consents"), false));
        answers.add(status(
                user,
                post(c + "/consents").contentType(MediaType.APPLICATION_JSON).content(consentBody(child)),
                false));
        answers.add(status(
                user,
                post(c + "/consents/" + consent + "/withdrawal")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"communicatedBy\": \"Testbarn\"}"),
                false));
        answers.add(status(user, get(c + "/plan"), false));
        answers.add(status(user, get(c + "/plan/revisions"), false));
        answers.add(status(user, get(c + "/plan/revisions/1"), false));
        answers.add(status(user, get(c + "/plan/compare?from=1&to=2"), false));
        answers.add(status(
                user,
                post(c + "/plan/revisions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(revision(2, "Gå till skolan fyra dagar i veckan")),
                false));
        String p = "/cases/" + caseId;
        answers.add(status(user, get(p + "/consents"), true));
        answers.add(status(user, get(p + "/consents/" + consent + "/withdraw"), true));
        answers.add(status(user, get(p + "/plan"), true));
        answers.add(status(user, get(p + "/plan/revise"), true));
        answers.add(status(user, get(p + "/plan/revisions/1"), true));
        answers.add(status(user, get(p + "/plan/compare?from=1&to=2"), true));
        answers.add(status(user, get(p + "/plan.pdf"), true));
        answers.add(status(
                user,
                post(p + "/plan/revisions")
                        .with(csrf())
                        .param("basedOn", "3")
                        .param("summary", "Ändrat")
                        .param("reason", "Uppföljning")
                        .param("goals[0].lifeArea", "HEALTH")
                        .param("goals[0].aim", "Sova bättre"),
                true));

        if (expected.equals("ALLOWED")) {
            assertThat(answers).allMatch(s -> s >= 200 && s < 400, "every answer a success: " + answers);
        } else {
            int status = Integer.parseInt(expected);
            assertThat(answers).as("answers of " + user).allMatch(s -> s == status);
            assertThat(accessLogCount("outcome = 'DENIED' and username = ?", user))
                    .isGreaterThanOrEqualTo(denied + answers.size());
        }
    }

    @org.junit.jupiter.api.Test
    void aGroupManagerReadsAnEscalatedCaseButChangesNothing() throws Exception {
        var fixtures = new CaseFixtures(mvc, jdbc);
        UUID child = registeredChild();
        String caseId = fixtures.anActivatedCase("cm1", child);
        api(
                "cm1",
                post("/api/v1/cases/" + caseId + "/plan/revisions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(revision(0, "Gå till skolan")));
        jdbc.sql("update collab_case set escalated_to_group_manager = true where id = ?::uuid")
                .param(caseId)
                .update();
        String c = "/api/v1/cases/" + caseId;
        assertThat(status("gruppchef", get(c + "/consents"), false)).isEqualTo(200);
        assertThat(status("gruppchef", get(c + "/plan"), false)).isEqualTo(200);
        assertThat(status("gruppchef", get("/cases/" + caseId + "/plan"), true)).isEqualTo(200);
        assertThat(status(
                        "gruppchef",
                        post(c + "/consents")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(consentBody(child)),
                        false))
                .isEqualTo(403);
        assertThat(status(
                        "gruppchef",
                        post(c + "/plan/revisions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(revision(1, "Annat")),
                        false))
                .isEqualTo(403);
        assertThat(status("gruppchef", get("/cases/" + caseId + "/plan/revise"), true))
                .isEqualTo(403);
    }

    int status(String user, MockHttpServletRequestBuilder request, boolean page) throws Exception {
        var r = page ? request.with(UiLogin.as(mvc, user)) : request.with(httpBasic(user, "demo"));
        return mvc.perform(r).andReturn().getResponse().getStatus();
    }

    org.springframework.mock.web.MockHttpServletResponse api(String user, MockHttpServletRequestBuilder request)
            throws Exception {
        var response =
                mvc.perform(request.with(httpBasic(user, "demo"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isLessThan(300);
        return response;
    }

    static String consentBody(UUID child) {
        return """
                {"givers": ["%s"], "categories": ["SCHOOL"],
                 "recipients": [{"organisation": "Sjöskolan", "kind": "SCHOOL"}],
                 "purpose": "Samordna stödet i skolan", "givenOn": "%s", "method": "WRITTEN"}""".formatted(child, LocalDate.now());
    }

    static String revision(int basedOn, String aim) {
        return """
                {"basedOn": %d, "summary": "Ändrat", "reason": "Uppföljning",
                 "goals": [{"lifeArea": "SCHOOL_OR_OCCUPATION", "aim": "%s"}]}""".formatted(basedOn, aim);
    }
}
