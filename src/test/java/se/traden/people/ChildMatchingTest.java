package se.traden.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import se.traden.support.IntegrationTest;

/** A known child is found despite how the reporter happened to spell the name. */
class ChildMatchingTest extends IntegrationTest {

    @ParameterizedTest(name = "\"{0}\" finds Anna-Karin Öberg-Nilsson")
    @ValueSource(
            strings = {
                "Anna-Karin Öberg-Nilsson",
                "anna karin oberg nilsson",
                "Annakarin Oberg",
                "Ana-Karin Öberg Nilson",
                "ANNA KARIN ÖBERG",
                "Öberg-Nilsson Anna-Karin"
            })
    void spellingVariantsFindTheChild(String spelled) throws Exception {
        UUID child = register("Anna-Karin", "Öberg-Nilsson");
        List<String> ids = match(Map.of("name", spelled, "birthYear", birthYearOf(child)));
        assertThat(ids).contains(child.toString());
    }

    @Test
    void aDifferentBirthYearIsNotTheSameChild() throws Exception {
        UUID child = register("Mohammed", "Al-Rashid");
        int year = birthYearOf(child);
        assertThat(match(Map.of("name", "Muhammed Al Rashid", "birthYear", year)))
                .contains(child.toString());
        assertThat(match(Map.of("name", "Muhammed Al Rashid", "birthYear", year + 5)))
                .doesNotContain(child.toString());
    }

    @Test
    void theNumberMatchesExactlyAndEachCandidateShownIsLogged() throws Exception {
        String number = Numbers.child();
        UUID child = register("Elsa", "Exakt", number);
        long before = accessLogCount("person_id = ? and action = 'SEARCH'", child);
        assertThat(match(Map.of("personalNumber", number))).containsExactly(child.toString());
        assertThat(accessLogCount("person_id = ? and action = 'SEARCH'", child)).isEqualTo(before + 1);
    }

    @Test
    void aReporterCannotAskWhetherAChildIsKnown() throws Exception {
        mvc.perform(post("/api/v1/people/matches")
                        .with(httpBasic("skola", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Anna Karin\"}"))
                .andExpect(status().isForbidden());
    }

    UUID register(String given, String family) throws Exception {
        return register(given, family, Numbers.child());
    }

    UUID register(String given, String family, String number) throws Exception {
        var result = mvc.perform(post("/api/v1/people/children")
                        .with(httpBasic("ic", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PeopleTestSupport.json(Map.of(
                                "givenNames", given,
                                "familyName", family,
                                "identityKind", "PERSONAL_NUMBER",
                                "personalNumber", number))))
                .andExpect(status().isCreated())
                .andReturn();
        return UUID.fromString(JsonPath.read(result.getResponse().getContentAsString(), "$.id"));
    }

    int birthYearOf(UUID child) {
        return jdbc.sql("select extract(year from date_of_birth)::int from person where id = ?")
                .param(child)
                .query(Integer.class)
                .single();
    }

    List<String> match(Map<String, Object> query) throws Exception {
        var result = mvc.perform(post("/api/v1/people/matches")
                        .with(httpBasic("ic", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PeopleTestSupport.json(query)))
                .andExpect(status().isOk())
                .andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$[*].personId");
    }
}
