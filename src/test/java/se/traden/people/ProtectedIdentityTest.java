package se.traden.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import se.traden.support.CaseFixtures;
import se.traden.support.IntegrationTest;
import se.traden.support.UiLogin;

/**
 * A guardian with protected identity: the case manager on the child's case sees the address; nobody
 * else does, on the page or in the API; every read of the person is flagged in the access log.
 */
class ProtectedIdentityTest extends IntegrationTest {
    static final String SECRET_ADDRESS = "Hemliga vägen 7, 123 45 Sjöstad";

    UUID guardian;

    @BeforeEach
    void aProtectedMotherOfAChildInCemsCase() throws Exception {
        UUID child = registeredChild();
        new CaseFixtures(mvc, jdbc).anActivatedCase(child, "cm1");
        String body = mvc.perform(post("/api/v1/people/" + child + "/relations")
                        .with(httpBasic("ic", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"relation": "GUARDIAN", "person": {"givenNames": "Skyddad", "familyName": "Mamma",
                                 "dateOfBirth": "1985-04-02", "phone": "070-123 45 67", "address": "%s",
                                 "protectedIdentity": true}}""".formatted(SECRET_ADDRESS)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        guardian = UUID.fromString(JsonPath.read(body, "$.id"));
    }

    @Test
    void theCaseManagerOnTheCaseSeesTheAddressAndTheReadIsFlagged() throws Exception {
        long flagged = flaggedReads();
        mvc.perform(get("/api/v1/people/" + guardian).with(httpBasic("cm1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.address").value(SECRET_ADDRESS))
                .andExpect(jsonPath("$.phone").value("070-123 45 67"));
        mvc.perform(get("/people/" + guardian).with(UiLogin.as(mvc, "cm1")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hemliga vägen 7")));
        assertThat(flaggedReads()).isEqualTo(flagged + 2);
        String flaggedForReview = mvc.perform(get("/api/v1/audit/entries?outcome=FLAGGED&personId=" + guardian)
                        .with(httpBasic("loggranskare", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(flaggedForReview).contains("protected-identity").doesNotContain("\"DENIED\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ic", "cm2", "mottagning", "socialjour", "admin"})
    void othersWhoMayReadThePersonDoNotSeeWhereSheLives(String user) throws Exception {
        long flagged = flaggedReads();
        mvc.perform(get("/api/v1/people/" + guardian).with(httpBasic(user, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.address").doesNotExist())
                .andExpect(jsonPath("$.phone").doesNotExist())
                .andExpect(jsonPath("$.protectedIdentity").value(true));
        mvc.perform(get("/people/" + guardian).with(UiLogin.as(mvc, user)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Hemliga vägen"))))
                .andExpect(content().string(Matchers.containsString("visas bara för case managern")));
        assertThat(flaggedReads()).isEqualTo(flagged + 2);
    }

    @Test
    void someoneWhoCannotSeeTheContactDetailsCannotWipeThemEither() throws Exception {
        String body = mvc.perform(get("/api/v1/people/" + guardian).with(httpBasic("admin", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Number version = JsonPath.read(body, "$.version");
        mvc.perform(put("/api/v1/people/" + guardian)
                        .with(httpBasic("admin", "demo"))
                        .header("If-Match", "\"" + version + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"givenNames": "Skyddad", "familyName": "Mammasson", "dateOfBirth": "1985-04-02",
                                 "protectedIdentity": true}"""))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(get("/api/v1/people/" + guardian).with(httpBasic("cm1", "demo")))
                .andExpect(jsonPath("$.familyName").value("Mammasson"))
                .andExpect(jsonPath("$.address").value(SECRET_ADDRESS));
    }

    private long flaggedReads() {
        return accessLogCount("person_id = ? and reason = 'protected-identity' and outcome = 'ALLOWED'", guardian);
    }
}
