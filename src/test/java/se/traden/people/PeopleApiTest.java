package se.traden.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

class PeopleApiTest extends PeopleTestSupport {

    @Test
    void registersAChildAndReadsItWithItsVersionAsETag() throws Exception {
        String number = Numbers.child();
        mvc.perform(post("/api/v1/people/children")
                        .with(httpBasic("mottagning", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of(
                                "givenNames", "Alice",
                                "familyName", "Api",
                                "identityKind", "PERSONAL_NUMBER",
                                "personalNumber", number.replace("-", "")))))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, Matchers.startsWith("/api/v1/people/")))
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.id").exists());
        UUID id = idOf(number);

        mvc.perform(get("/api/v1/people/{id}", id).with(httpBasic("mottagning", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.kind").value("CHILD"))
                .andExpect(jsonPath("$.identityKind").value("PERSONAL_NUMBER"))
                .andExpect(jsonPath("$.personalNumber").value(number))
                .andExpect(
                        jsonPath("$.dateOfBirth").value(Numbers.bornOf(number).toString()))
                .andExpect(jsonPath("$.age").isNumber())
                .andExpect(jsonPath("$.protectedIdentity").value(false))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.relations").isEmpty());
    }

    @Test
    void invalidInputListsEachFieldWithItsCode() throws Exception {
        postJson("ic", "/api/v1/people/children", Map.of("givenNames", "", "identityKind", "RESERVE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:invalid-input"))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.containsInAnyOrder("givenNames", "familyName", "reserveReason", "dateOfBirth")))
                .andExpect(jsonPath("$.errors[?(@.field == 'reserveReason')].code")
                        .value("person.reserve-reason-required"));
        for (var bad : List.of(
                List.of("19121212-1213", "personal-number.wrong-check-digit"),
                List.of("20230231-1234", "personal-number.invalid-date"),
                List.of("1912-12-12-1212", "personal-number.malformed"))) {
            postJson("ic", "/api/v1/people/children", child("Bad", "Number", bad.get(0)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("personalNumber"))
                    .andExpect(jsonPath("$.errors[0].code").value(bad.get(1)));
        }
        postJson("ic", "/api/v1/people/children", Map.of("identityKind", "SOMETHING"))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'identityKind')].code").value("person.identity-kind-required"));
    }

    @Test
    void aDuplicateNumberIsARuleViolationLinkingToTheRegisteredPerson() throws Exception {
        String number = Numbers.child();
        UUID existing = registerChild("ic", "Först", "Dubblett", number);

        postJson("cm1", "/api/v1/people/children", child("Sen", "Dubblett", Numbers.shortForm(number)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:person.duplicate-personal-number"))
                .andExpect(jsonPath("$.field").value("personalNumber"))
                .andExpect(jsonPath("$.related").value("/api/v1/people/" + existing))
                .andExpect(jsonPath("$.title").value("Det finns redan en person med det här numret i kommunen."));
    }

    @Test
    void theSameNumberInAnotherMunicipalityIsAnotherPersonAndRevealsNothing() throws Exception {
        String number = Numbers.child();
        UUID sjostad = registerChild("ic", "Sigrid", "Tvåkommun", number);

        var created = postJson("aby-ic", "/api/v1/people/children", child("Sigrid", "Tvåkommun", number))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        UUID aby = UUID.fromString(parse(created).get("id").asString());
        assertThat(aby).isNotEqualTo(sjostad);
        assertThat(created).doesNotContain(sjostad.toString());

        JsonNode found = search("aby-ic", Map.of("personalNumber", number));
        assertThat(found.get("total").asLong()).isOne();
        assertThat(found.get("items").get(0).get("id").asString()).isEqualTo(aby.toString());
        found = search("ic", Map.of("personalNumber", number));
        assertThat(found.get("items").get(0).get("id").asString()).isEqualTo(sjostad.toString());
        assertThat(search("aby-ic", Map.of("name", "Tvåkommun")).get("total").asLong())
                .isOne();
    }

    @Test
    void searchesByNumberInTheBodyAndByNameInPages() throws Exception {
        String family = "Sida" + UUID.randomUUID().toString().substring(0, 8);
        String number = Numbers.child();
        registerChild("ic", "Anna", family, number);
        registerChild("ic", "Bertil", family, Numbers.child());
        registerChild("ic", "Cecilia", family, Numbers.child());

        JsonNode byNumber = search("socialjour", Map.of("personalNumber", Numbers.shortForm(number)));
        assertThat(byNumber.get("total").asLong()).isOne();
        assertThat(byNumber.get("items").get(0).get("personalNumber").asString())
                .isEqualTo(number);

        JsonNode first = search("socialjour", Map.of("name", family.toLowerCase(), "size", 2));
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("items").get(0).get("name").asString()).isEqualTo("Anna " + family);
        JsonNode second = search("socialjour", Map.of("name", family, "size", 2, "page", 1));
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("name").asString()).isEqualTo("Cecilia " + family);
    }

    @Test
    void aNumberInTheQueryStringIsNotASearch() throws Exception {
        mvc.perform(post("/api/v1/people/search")
                        .queryParam("personalNumber", Numbers.child())
                        .with(httpBasic("ic", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("person.search-criterion-required"));
        mvc.perform(get("/api/v1/people")
                        .queryParam("personalNumber", Numbers.child())
                        .with(httpBasic("ic", "demo")))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void aCorrectionNeedsTheCurrentVersionAndAStaleOneChangesNothing() throws Exception {
        String number = Numbers.child();
        UUID id = registerChild("ic", "Ebba", "Version", number);
        Map<String, Object> correction = new HashMap<>(Map.of(
                "givenNames", "Ebba Sofia", "familyName", "Version", "personalNumber", number, "phone", "08-123 456"));

        mvc.perform(put("/api/v1/people/{id}", id)
                        .with(httpBasic("ic", "demo"))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(correction)))
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));

        correction.put("givenNames", "Skrivs inte");
        mvc.perform(put("/api/v1/people/{id}", id)
                        .with(httpBasic("cm1", "demo"))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(correction)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:concurrent-edit"));
        correction.put("version", 0);
        putJson("cm1", id, correction).andExpect(status().isConflict());
        correction.remove("version");
        putJson("cm1", id, correction)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("person.version-required"));

        mvc.perform(get("/api/v1/people/{id}", id).with(httpBasic("ic", "demo")))
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.givenNames").value("Ebba Sofia"))
                .andExpect(jsonPath("$.phone").value("08-123 456"));

        correction.put("version", 1);
        putJson("cm1", id, correction).andExpect(status().isNoContent());
        assertThat(versionOf(id)).isEqualTo(2);
    }

    @Test
    void relatesNewAndRegisteredPersonsToChildren() throws Exception {
        UUID child = registerChild("ic", "Maja", "Relation", Numbers.child());
        UUID sibling = registerChild("ic", "Malte", "Relation", Numbers.child());
        UUID guardian = registerRelated(
                "cm1",
                child,
                "GUARDIAN",
                Map.of("givenNames", "Mona", "familyName", "Relation", "email", "mona@example.se"));
        UUID familyHome =
                registerRelated("cm1", child, "FAMILY_HOME", Map.of("givenNames", "Familjehemmet", "familyName", "Ek"));

        postJson(
                        "cm1",
                        "/api/v1/people/" + sibling + "/relations",
                        Map.of("relation", "GUARDIAN", "personId", guardian))
                .andExpect(status().isCreated());
        postJson("cm1", "/api/v1/people/" + sibling + "/relations", Map.of("relation", "SIBLING", "personId", child))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/people/{id}", guardian).with(httpBasic("ic", "demo")))
                .andExpect(jsonPath("$.kind").value("GUARDIAN"))
                .andExpect(jsonPath("$.identityKind").value("NONE"))
                .andExpect(jsonPath("$.relations[*].personId")
                        .value(Matchers.containsInAnyOrder(child.toString(), sibling.toString())))
                .andExpect(jsonPath("$.relations[*].role").value(Matchers.everyItem(Matchers.is("CHILD"))));
        mvc.perform(get("/api/v1/people/{id}", sibling).with(httpBasic("ic", "demo")))
                .andExpect(jsonPath("$.relations[?(@.role == 'RELATIVE')].relation")
                        .value(Matchers.containsInAnyOrder("GUARDIAN", "SIBLING")));
        mvc.perform(get("/api/v1/people/{id}", familyHome).with(httpBasic("ic", "demo")))
                .andExpect(jsonPath("$.kind").value("NETWORK"));

        postJson(
                        "cm1",
                        "/api/v1/people/" + sibling + "/relations",
                        Map.of("relation", "GUARDIAN", "personId", guardian))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:person.already-related"));
        postJson("cm1", "/api/v1/people/" + guardian + "/relations", Map.of("relation", "OTHER", "personId", child))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:person.not-a-child"));
        postJson("cm1", "/api/v1/people/" + child + "/relations", Map.of("relation", "GUARDIAN"))
                .andExpect(status().isBadRequest());
        postJson("cm1", "/api/v1/people/" + child + "/relations", Map.of("personId", guardian))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("person.relation-required"));
    }

    @Test
    void aReserveIdentityIsGivenAndReturned() throws Exception {
        var response = postJson(
                        "ic",
                        "/api/v1/people/children",
                        Map.of(
                                "givenNames", "Okänd",
                                "familyName", "Reserv",
                                "identityKind", "RESERVE",
                                "reserveReason", "Ensamkommande, nummer saknas",
                                "dateOfBirth", "2012-08-09"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();

        mvc.perform(get(parse(response).get("href").asString()).with(httpBasic("ic", "demo")))
                .andExpect(jsonPath("$.identityKind").value("RESERVE"))
                .andExpect(jsonPath("$.reserveId").value(Matchers.matchesPattern("R-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.reserveReason").value("Ensamkommande, nummer saknas"))
                .andExpect(jsonPath("$.personalNumber").doesNotExist())
                .andExpect(jsonPath("$.dateOfBirth").value("2012-08-09"));
    }

    @Test
    void twoSimultaneousRegistrationsOfOneNumberGiveOnePerson() throws Exception {
        String number = Numbers.child();
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (String user : List.of("ic", "cm1")) {
                results.add(pool.submit(() -> {
                    start.await();
                    return postJson(user, "/api/v1/people/children", child("Samtidig", "Registrering", number))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 422);
        }
        assertThat(jdbc.sql("select count(*) from person where personal_number = ?")
                        .param(number.replace("-", ""))
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void theEndpointsAreDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/people/search'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/people/children'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/people/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/people/{childId}/relations'].post")
                        .exists());
    }

    private static Map<String, Object> child(String givenNames, String familyName, String number) {
        return Map.of(
                "givenNames", givenNames,
                "familyName", familyName,
                "identityKind", "PERSONAL_NUMBER",
                "personalNumber", number);
    }

    private ResultActions postJson(String username, String path, Object body) throws Exception {
        return mvc.perform(post(path)
                .with(httpBasic(username, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(body)));
    }

    private ResultActions putJson(String username, UUID id, Object body) throws Exception {
        return mvc.perform(put("/api/v1/people/{id}", id)
                .with(httpBasic(username, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(body)));
    }

    private JsonNode search(String username, Map<String, Object> body) throws Exception {
        return parse(postJson(username, "/api/v1/people/search", body)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private UUID idOf(String number) {
        return jdbc.sql("""
                        select p.id from person p join municipality m on m.id = p.municipality_id
                        where m.code = 'sjostad' and p.personal_number = ?
                        """).param(number.replace("-", "")).query(UUID.class).single();
    }
}
