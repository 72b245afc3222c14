package se.traden.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The review pages of steps that cannot be undone (post/redirect/get, see shared.web.Reviews): ending the
 * maintaining contact is confirmed before it happens, only the functions that may change the case get
 * to its review, and a review address shows nothing to anyone whose own session holds no checked form.
 */
class ReviewPagesTest extends ClosableCaseTest {
    private static final List<String> EVERYONE = List.of(
            "ic",
            "cm1",
            "cm2",
            "gruppchef",
            "handlaggare",
            "mottagning",
            "socialjour",
            "skola",
            "polis",
            "styrgrupp",
            "loggranskare",
            "admin",
            "aby-ic");

    @Test
    void endingTheMaintainingContactIsReviewedBeforeItHappensAndTheBackButtonFindsTheCase() throws Exception {
        String caseId = cases.anActivatedCase(registeredChild(), "cm1");
        closeWithMaintenance("cm1", caseId, today().plusMonths(3));
        long version = cases.caseVersion("cm1", caseId);

        form(
                        "cm1",
                        post("/cases/" + caseId + "/maintenance-end/confirm")
                                .param("version", String.valueOf(version))
                                .param("reason", "Stabil vardag sedan mars"))
                .andExpect(redirectedUrl("/cases/" + caseId + "/maintenance-end/review"));
        page("cm1", "/cases/" + caseId + "/maintenance-end/review")
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Stabil vardag sedan mars")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Avsluta kontakten")));
        cases.api("cm1", get("/api/v1/cases/" + caseId))
                .andExpect(jsonPath("$.status").value("MAINTENANCE"));

        form(
                        "cm1",
                        post("/cases/" + caseId + "/maintenance-end/edit")
                                .param("version", String.valueOf(version))
                                .param("reason", "Stabil vardag sedan mars"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Stabil vardag sedan mars")));

        form(
                        "cm1",
                        post("/cases/" + caseId + "/maintenance-end")
                                .param("version", String.valueOf(version))
                                .param("reason", "Stabil vardag sedan mars"))
                .andExpect(redirectedUrl("/cases/" + caseId));
        cases.api("cm1", get("/api/v1/cases/" + caseId))
                .andExpect(jsonPath("$.status").value("CLOSED"));
        // The back button to the review, once done: the case as it is now.
        page("cm1", "/cases/" + caseId + "/maintenance-end/review").andExpect(redirectedUrl("/cases/" + caseId));
    }

    @ParameterizedTest
    @CsvSource({
        "ic, 302", "cm1, 302", "cm2, 403", "gruppchef, 403", "handlaggare, 403", "mottagning, 403",
        "socialjour, 403", "skola, 403", "polis, 403", "styrgrupp, 403", "loggranskare, 403", "admin, 403",
        "aby-ic, 404"
    })
    void onlyThoseWhoMayChangeTheCaseGetToTheReviewOfEndingTheContact(String user, int expected) throws Exception {
        String caseId = cases.anActivatedCase(registeredChild(), "cm1");
        closeWithMaintenance("cm1", caseId, today().plusMonths(3));
        long version = cases.caseVersion("cm1", caseId);
        int status = form(
                        user,
                        post("/cases/" + caseId + "/maintenance-end/confirm")
                                .param("version", String.valueOf(version))
                                .param("reason", "Klart"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(expected);
        cases.api("cm1", get("/api/v1/cases/" + caseId))
                .andExpect(jsonPath("$.status").value("MAINTENANCE"));
    }

    @Test
    void aReviewAddressShowsNothingWithoutTheSessionsOwnCheckedForm() throws Exception {
        String caseId = cases.anActivatedCase(registeredChild(), "cm1");
        closeWithMaintenance("cm1", caseId, today().plusMonths(3));
        long version = cases.caseVersion("cm1", caseId);
        // cm1 has a checked form waiting; nobody else's session has.
        form(
                        "cm1",
                        post("/cases/" + caseId + "/maintenance-end/confirm")
                                .param("version", String.valueOf(version))
                                .param("reason", "Klart"))
                .andExpect(redirectedUrl("/cases/" + caseId + "/maintenance-end/review"));

        String concern = "00000000-0000-0000-0000-000000000001";
        String consent = "00000000-0000-0000-0000-000000000002";
        for (String user : EVERYONE) {
            if (user.equals("cm1")) {
                continue;
            }
            page(user, "/cases/" + caseId + "/maintenance-end/review").andExpect(redirectedUrl("/cases/" + caseId));
            page(user, "/cases/" + caseId + "/closure/review").andExpect(redirectedUrl("/cases/" + caseId));
            page(user, "/cases/" + caseId + "/consents/" + consent + "/withdrawal/review")
                    .andExpect(redirectedUrl("/cases/" + caseId + "/consents"));
            page(user, "/concerns/" + concern + "/decision/review")
                    .andExpect(redirectedUrl("/concerns/" + concern + "/decision"));
        }
    }

    ResultActions page(String user, String path) throws Exception {
        return mvc.perform(get(path).session(sessions.of(user)));
    }

    ResultActions form(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(sessions.of(user)).with(csrf()));
    }
}
