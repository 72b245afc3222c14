package se.traden.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import se.traden.support.IntegrationTest;

/**
 * Beside each case manager the coordinator may assign, the support for choosing: open cases, competence,
 * whether they know the child, the family or the school, and when they were last assigned. Listed by
 * name; nothing is ranked or preselected.
 */
class CaseManagerSupportTest extends IntegrationTest {
    private KnownChildren children;

    @BeforeEach
    void fixtures() {
        children = new KnownChildren(mvc, jdbc);
    }

    @Test
    void aCaseManagerWhoHasTheSiblingsCaseHasAFamilyRelationship() throws Exception {
        String family = KnownChildren.uniqueFamilyName("Syskon");
        UUID sibling = children.registeredChild("Sixten", family);
        UUID child = children.registeredChild("Saga", family);
        UUID guardian = children.guardian(sibling, "Sara", family);
        children.relate(child, guardian, "GUARDIAN");
        String siblingsCase = children.activated(sibling, "cm2", null);
        long before = accessLogCount("person_id = ? and record_type = 'concern-family' and action = 'READ'", sibling);

        String concern = children.concern("Saga " + family, null, null, null);
        children.readyForDecision(concern, child);
        String json = support(concern);

        assertThat(field(json, "Maria Lind", "family")).isEqualTo("ONGOING");
        assertThat(field(json, "Cem Demir", "family")).isEqualTo("NONE");
        assertThat(field(json, "Maria Lind", "child")).isEqualTo("NONE");
        // Showing the relationship tells that the sibling has a case: logged as a read of the sibling.
        assertThat(accessLogCount("person_id = ? and record_type = 'concern-family' and action = 'READ'", sibling))
                .isEqualTo(before + 1);

        page(concern)
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Familjerelation: har ett syskons eller en vårdnadshavares ärende nu")));
        assertThat(siblingsCase).isNotBlank();
    }

    @Test
    void aCaseManagerWithACaseFromTheSameSchoolHasASchoolRelationshipAndTheLastAssignmentIsShown() throws Exception {
        String school = KnownChildren.uniqueFamilyName("Lärkskolan ");
        UUID earlierChild = children.registeredChild("Tilde", KnownChildren.uniqueFamilyName("Skol"));
        String earlier = children.activated(earlierChild, "cm1", school);
        Instant assignedAt = decidedAt(earlier);

        UUID child = children.registeredChild("Hugo", KnownChildren.uniqueFamilyName("Skol"));
        String concern = children.concern("Hugo Skolbarn", null, null, "  " + school.toUpperCase() + " ");
        children.readyForDecision(concern, child);
        String json = support(concern);

        assertThat(field(json, "Cem Demir", "school")).isEqualTo("ONGOING");
        assertThat(field(json, "Maria Lind", "school")).isEqualTo("NONE");
        assertThat(Instant.parse(field(json, "Cem Demir", "lastAssignedAt"))).isAfterOrEqualTo(assignedAt);
        assertThat(Integer.parseInt(field(json, "Cem Demir", "openCases"))).isPositive();
        assertThat(field(json, "Cem Demir", "competenceTags")).contains("kriminalitet");

        page(concern)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skolrelation: har ärende från samma skola nu")))
                .andExpect(content().string(containsString("Senast tilldelad")));
    }

    @Test
    void aCaseManagerWhoHasTheChildsCaseKnowsTheChild() throws Exception {
        UUID child = children.registeredChild("Ines", KnownChildren.uniqueFamilyName("Barn"));
        children.activated(child, "cm2", null);

        String concern = children.concern("Ines Barn", null, null, null);
        children.readyForDecision(concern, child);
        String json = support(concern);

        assertThat(field(json, "Maria Lind", "child")).isEqualTo("ONGOING");
        assertThat(field(json, "Cem Demir", "child")).isEqualTo("NONE");
    }

    @Test
    void theCandidatesAreListedByNameAndNoneIsPreselected() throws Exception {
        String concern = children.concern("Ordning Test", null, null, null);
        children.readyForDecision(concern, children.registeredChild("Ordning", KnownChildren.uniqueFamilyName("T")));
        List<String> names = JsonPath.read(support(concern), "$.candidates[*].name");
        assertThat(names).isSortedAccordingTo(String::compareTo).contains("Cem Demir", "Maria Lind");
        page(concern).andExpect(content().string(org.hamcrest.Matchers.not(containsString("checked"))));
    }

    private String support(String concern) throws Exception {
        return mvc.perform(
                        get("/api/v1/concerns/" + concern + "/decision-support").with(httpBasic("ic", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String field(String json, String name, String field) {
        List<Object> values = JsonPath.read(json, "$.candidates[?(@.name == '" + name + "')]." + field);
        assertThat(values).as(name + " among the candidates").hasSize(1);
        return String.valueOf(values.getFirst());
    }

    private org.springframework.test.web.servlet.ResultActions page(String concern) throws Exception {
        MockHttpSession ic =
                (MockHttpSession) mvc.perform(formLogin().user("ic").password("demo"))
                        .andReturn()
                        .getRequest()
                        .getSession();
        return mvc.perform(get("/concerns/" + concern + "/decision").session(ic));
    }

    private Instant decidedAt(String concern) {
        return jdbc.sql("select decision_met_at from concern where id = ?::uuid")
                .param(concern)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
    }
}
