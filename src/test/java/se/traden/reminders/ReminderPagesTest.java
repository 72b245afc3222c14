package se.traden.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import se.traden.support.ConcernFixtures;
import se.traden.support.IntegrationTest;

/** The deadline list, the reminders and the count on the coordinator's start page, in the browser. */
class ReminderPagesTest extends IntegrationTest {

    @Autowired
    ReminderScan scan;

    String concern;
    String reference;

    @BeforeEach
    void anOverdueConcern() throws Exception {
        concern = new ConcernFixtures(mvc).raise("skola", "Sidans Elev", false);
        jdbc.sql("""
                        update concern set gathering_started_at = now() - interval '49 hours',
                            gathering_due_at = now() - interval '1 hour'
                         where id = ?
                        """).param(UUID.fromString(concern)).update();
        reference = jdbc.sql("select reference from concern where id = ?")
                .param(UUID.fromString(concern))
                .query(String.class)
                .single();
        scan.run();
    }

    @Test
    void theStartPageCountsTheCoordinatorsUnreadReminders() throws Exception {
        MockHttpSession ic = login("ic");
        long unread = jdbc.sql("""
                        select count(*) from reminder r join municipality m on m.id = r.municipality_id
                         where m.code = 'sjostad' and r.addressed_to = 'INDIVIDUAL_COORDINATOR'
                           and r.settled_at is null and r.read_at is null
                        """).query(Long.class).single();
        assertThat(unread).isPositive();
        mvc.perform(get("/start/individual-coordinator").session(ic))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Påminnelser (" + unread + ")")));
    }

    @Test
    void theCoordinatorSeesTheDeadlineListAndMarksAReminderRead() throws Exception {
        MockHttpSession ic = login("ic");
        mvc.perform(get("/deadlines").session(ic))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)))
                .andExpect(content().string(containsString("Sidans Elev")))
                .andExpect(content().string(containsString("Försenad")));
        mvc.perform(get("/reminders").session(ic))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)));

        String reminder = jdbc.sql("select id::text from reminder where concern_id = ? and kind = 'GATHERING'")
                .param(UUID.fromString(concern))
                .query(String.class)
                .single();
        mvc.perform(post("/reminders/" + reminder + "/read").session(ic).with(csrf()))
                .andExpect(redirectedUrl("/reminders"))
                .andExpect(flash().attribute("notice", "reminders.notice.marked-read"));
        assertThat(jdbc.sql("select read_by_staff_id is not null from reminder where id = ?::uuid")
                        .param(reminder)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void theGroupManagerSeesTheListWithoutNames() throws Exception {
        mvc.perform(get("/deadlines").session(login("gruppchef")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)))
                .andExpect(content().string(not(containsString("Sidans Elev"))));
    }

    @Test
    void aReporterIsRefused() throws Exception {
        MockHttpSession skola = login("skola");
        mvc.perform(get("/deadlines").session(skola)).andExpect(status().isForbidden());
        mvc.perform(get("/reminders").session(skola)).andExpect(status().isForbidden());
    }

    @Test
    void thePagesSpeakEnglishWhenAsked() throws Exception {
        MockHttpSession ic = login("ic");
        mvc.perform(get("/deadlines").param("lang", "en").session(ic))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Open deadlines")))
                .andExpect(content().string(containsString("Information gathering")));
    }

    private MockHttpSession login(String username) throws Exception {
        var result = mvc.perform(formLogin().user(username).password("demo"))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
