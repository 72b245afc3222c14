package se.traden.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every use of a person's data leaves exactly one entry, and nothing else does. */
class PeopleAccessLogTest extends PeopleTestSupport {

    record Entry(String action, String actingFunction, String outcome, String recordType, String recordId) {}

    @Test
    void registerSearchReadAndUpdateLeaveExactlyFourEntries() throws Exception {
        String number = Numbers.child();
        var session = login("ic");

        String location = mvc.perform(post("/people/new")
                        .session(session)
                        .with(csrf())
                        .param("givenNames", "Loggad")
                        .param("familyName", "Fyrasson")
                        .param("identityKind", "PERSONAL_NUMBER")
                        .param("personalNumber", number))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/people/".length()));
        mvc.perform(post("/people/search")
                        .session(session)
                        .with(csrf())
                        .param("personalNumber", Numbers.shortForm(number)))
                .andExpect(status().isOk());
        mvc.perform(get("/people/{id}", id).session(session)).andExpect(status().isOk());
        mvc.perform(post("/people/{id}/edit", id)
                        .session(session)
                        .with(csrf())
                        .param("version", "0")
                        .param("givenNames", "Loggad")
                        .param("familyName", "Fyrasson-Ek")
                        .param("personalNumber", number))
                .andExpect(status().is3xxRedirection());

        List<Entry> entries = jdbc.sql("""
                        select action, acting_function, outcome, record_type, record_id from access_log
                        where person_id = ? order by seq
                        """).param(id).query(Entry.class).list();
        assertThat(entries)
                .containsExactly(
                        new Entry("CREATE", "INDIVIDUAL_COORDINATOR", "ALLOWED", "person", id.toString()),
                        new Entry("SEARCH", "INDIVIDUAL_COORDINATOR", "ALLOWED", "person", id.toString()),
                        new Entry("READ", "INDIVIDUAL_COORDINATOR", "ALLOWED", "person", id.toString()),
                        new Entry("UPDATE", "INDIVIDUAL_COORDINATOR", "ALLOWED", "person", id.toString()));
        assertThat(jdbc.sql("select distinct username from access_log where person_id = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("ic");
        assertThat(jdbc.sql("select count(*) from access_log where record_id = ? and person_id is null")
                        .param(id.toString())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void thePersonsShownBesideAChildAreLoggedAsReadThroughTheRelation() throws Exception {
        UUID child = registerChild("ic", "Relaterad", "Loggsson", Numbers.child());
        UUID guardian =
                registerRelated("ic", child, "GUARDIAN", Map.of("givenNames", "Vårdnad", "familyName", "Loggsson"));
        long last = jdbc.sql("select coalesce(max(id), 0) from access_log")
                .query(Long.class)
                .single();

        pageOf("cm1", child);

        assertThat(jdbc.sql("""
                                select action || ' ' || record_type || ' ' || person_id from access_log
                                where id > ? and username = 'cm1' order by seq
                                """).param(last).query(String.class).list())
                .containsExactly("READ person " + child, "READ person-relation " + guardian);
    }

    @Test
    void aSearchWithoutHitsIsLoggedOnceWithoutAPerson() throws Exception {
        long last = jdbc.sql("select coalesce(max(id), 0) from access_log")
                .query(Long.class)
                .single();

        mvc.perform(post("/people/search")
                        .session(login("socialjour"))
                        .with(csrf())
                        .param("name", "Ingenheterså"))
                .andExpect(status().isOk());

        assertThat(jdbc.sql("""
                                select action || ' ' || record_type || ' ' || coalesce(person_id::text, '-')
                                from access_log where id > ? and username = 'socialjour'
                                """).param(last).query(String.class).list()).containsExactly("SEARCH person-search -");
    }

    @Test
    void aRefusedRegistrationWritesNothingButThePersonDoesNotExist() throws Exception {
        long last = jdbc.sql("select coalesce(max(id), 0) from access_log")
                .query(Long.class)
                .single();
        long persons = jdbc.sql("select count(*) from person").query(Long.class).single();

        mvc.perform(post("/people/new")
                        .session(login("ic"))
                        .with(csrf())
                        .param("givenNames", "Halv")
                        .param("familyName", "Registrering")
                        .param("identityKind", "RESERVE")
                        .param("dateOfBirth", "2015-01-01"))
                .andExpect(status().isOk());

        assertThat(jdbc.sql("select count(*) from access_log where id > ? and username = 'ic'")
                        .param(last)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single())
                .isEqualTo(persons);
    }
}
