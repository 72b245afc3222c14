package se.traden.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpSession;
import se.traden.support.IntegrationTest;
import se.traden.support.TestNumbers;

/**
 * At registration the coordinator finds out whether the child is already known, instead of typing an
 * id: the registered children who match, however the reporter spelt the name, and what Tråden already
 * knows about each of them.
 */
class FindingTheChildTest extends IntegrationTest {
    private KnownChildren children;

    @BeforeEach
    void fixtures() {
        children = new KnownChildren(mvc, jdbc);
    }

    @Test
    void aChildSpeltDifferentlyInTheConcernIsFoundWithNameNumberAndBirthDate() throws Exception {
        String family = KnownChildren.uniqueFamilyName("Öhrström");
        LocalDate born = LocalDate.of(2013, 5, 17);
        String number = TestNumbers.bornOn(born);
        UUID child = children.child("Elin-Sofie", family, number);
        String spelt = "Elin Sofi " + family.replace("Ö", "O").replace("ö", "o");
        String concern = children.concern(spelt, 2013, null, "Ekbackens skola");
        long before = accessLogCount("person_id = ? and action = 'READ' and record_type = 'concern-history'", child);

        String json = api("ic", get("/api/v1/concerns/" + concern + "/candidates"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        List<String> ids = JsonPath.read(json, "$[*].personId");
        assertThat(ids).contains(child.toString());
        String at = "$[?(@.personId == '" + child + "')]";
        assertThat(JsonPath.<List<String>>read(json, at + ".fullName")).containsExactly("Elin-Sofie " + family);
        assertThat(JsonPath.<List<String>>read(json, at + ".personalNumber"))
                .containsExactly("20130517-" + number.substring(8));
        assertThat(JsonPath.<List<String>>read(json, at + ".dateOfBirth")).containsExactly("2013-05-17");
        assertThat(JsonPath.<List<Boolean>>read(json, at + ".exact")).containsExactly(false);
        assertThat(JsonPath.<List<List<?>>>read(json, at + ".known")).containsExactly(List.of());
        // Shown once, logged once: the match as a search (in the register) and the history as a read.
        assertThat(accessLogCount("person_id = ? and action = 'READ' and record_type = 'concern-history'", child))
                .isEqualTo(before + 1);
        assertThat(accessLogCount("person_id = ? and action = 'SEARCH' and username = 'ic'", child))
                .isPositive();

        // The page offers the same child, to be chosen with one button, and the choice identifies the concern.
        MockHttpSession ic = login("ic");
        mvc.perform(get("/concerns/" + concern).session(ic))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Elin-Sofie " + family)))
                .andExpect(content().string(containsString("name=\"personId\" value=\"" + child + "\"")))
                .andExpect(content().string(containsString("Registrera ett barn")));
        mvc.perform(post("/concerns/" + concern + "/identification")
                        .session(ic)
                        .with(csrf())
                        .param("version", "0")
                        .param("personId", child.toString()))
                .andExpect(redirectedUrl("/concerns/" + concern));
        assertThat(jdbc.sql("select person_id from concern where id = ?::uuid")
                        .param(concern)
                        .query(UUID.class)
                        .single())
                .isEqualTo(child);
    }

    @Test
    void theNumberFindsTheChildExactlyAndAnOngoingCaseIsShownAtOnce() throws Exception {
        String number = TestNumbers.child();
        String family = KnownChildren.uniqueFamilyName("Berg");
        UUID child = children.child("Noah", family, number);
        String ongoing = children.activated(child, "cm1", "Sjöskolan");
        String reference = reference(ongoing);

        // The reporter gave the number: the known child and their ongoing case, with the case manager.
        String concern = children.concern("Noa Bergh", null, number, "Sjöskolan");
        api("ic", get("/api/v1/concerns/" + concern + "/candidates"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].personId").value(child.toString()))
                .andExpect(jsonPath("$[0].exact").value(true))
                .andExpect(jsonPath("$[0].known[0].concernId").value(ongoing))
                .andExpect(jsonPath("$[0].known[0].reference").value(reference))
                .andExpect(jsonPath("$[0].known[0].status").value("ACTIVATED"))
                .andExpect(jsonPath("$[0].known[0].caseManagerName").value("Cem Demir"));

        MockHttpSession ic = login("ic");
        mvc.perform(get("/concerns/" + concern).session(ic))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pågående ärende")))
                .andExpect(content().string(containsString(reference)))
                .andExpect(content().string(containsString("case manager Cem Demir")));

        // Once identified, the concern joins the child's thread: the ongoing case is shown at the top, linked.
        mvc.perform(post("/concerns/" + concern + "/identification")
                        .session(ic)
                        .with(csrf())
                        .param("version", "0")
                        .param("personId", child.toString()))
                .andExpect(redirectedUrl("/concerns/" + concern));
        mvc.perform(get("/concerns/" + concern).session(ic))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Barnet har redan en pågående strukturerad individsamverkan")))
                .andExpect(content().string(containsString("href=\"/concerns/" + ongoing + "\"")))
                .andExpect(content().string(containsString(">Noah " + family + "</a>")))
                .andExpect(content().string(not(containsString("name=\"personId\" value=\"" + child + "\""))));
        // Asked for, the candidates come back, with the chosen child marked as linked.
        mvc.perform(get("/concerns/" + concern).param("identify", "again").session(ic))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kopplat till oron")));
    }

    @Test
    void aRecentLineDecisionIsShownWithTheUnitThatTookIt() throws Exception {
        String family = KnownChildren.uniqueFamilyName("Lund");
        LocalDate born = LocalDate.of(2012, 2, 3);
        UUID child = children.child("Alva", family, born);
        String line = children.leftWithLine(child, "Elevhälsan Ekbacken");

        String concern = children.concern("Alva " + family, 2012, null, null);
        api("ic", get("/api/v1/concerns/" + concern + "/candidates"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.personId == '" + child + "')].known[0].concernId")
                        .value(line))
                .andExpect(jsonPath("$[?(@.personId == '" + child + "')].known[0].status")
                        .value("LINE"))
                .andExpect(jsonPath("$[?(@.personId == '" + child + "')].known[0].receivingUnit")
                        .value("Elevhälsan Ekbacken"));
    }

    @Test
    void noMatchOffersToRegisterTheChild() throws Exception {
        String concern = children.concern(KnownChildren.uniqueFamilyName("Qx") + " Zzyzx", 2011, null, null);
        api("ic", get("/api/v1/concerns/" + concern + "/candidates"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/concerns/" + concern).session(login("ic")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Inget registrerat barn stämmer")))
                .andExpect(content()
                        .string(containsString("href=\"/people/new?returnTo=/concerns/" + concern + "%23identify\"")));
    }

    @ParameterizedTest(name = "{0} may not see the candidates nor the decision support")
    @ValueSource(
            strings = {
                "skola",
                "polis",
                "styrgrupp",
                "loggranskare",
                "admin",
                "cm1",
                "handlaggare",
                "gruppchef",
                "mottagning"
            })
    void onlyTheFunctionsThatWorkTheConcernSeeTheCandidates(String user) throws Exception {
        String concern = children.concern("Vem Somhelst", 2012, null, null);
        api(user, get("/api/v1/concerns/" + concern + "/candidates")).andExpect(status().isForbidden());
        api(user, get("/api/v1/concerns/" + concern + "/decision-support")).andExpect(status().isForbidden());
    }

    @Test
    void anotherMunicipalitysCoordinatorIsToldTheConcernDoesNotExist() throws Exception {
        String concern = children.concern("Vem Somhelst", 2012, null, null);
        api("aby-ic", get("/api/v1/concerns/" + concern + "/candidates")).andExpect(status().isNotFound());
        api("aby-ic", get("/api/v1/concerns/" + concern + "/decision-support")).andExpect(status().isNotFound());
        api("ic", get("/api/v1/concerns/" + concern + "/candidates")).andExpect(status().isOk());
        api("ic", get("/api/v1/concerns/" + concern + "/decision-support")).andExpect(status().isOk());
    }

    private String reference(String concern) {
        return jdbc.sql("select reference from concern where id = ?::uuid")
                .param(concern)
                .query(String.class)
                .single();
    }

    private org.springframework.test.web.servlet.ResultActions api(
            String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }

    private MockHttpSession login(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(user).password("demo"))
                .andReturn()
                .getRequest()
                .getSession();
    }
}
