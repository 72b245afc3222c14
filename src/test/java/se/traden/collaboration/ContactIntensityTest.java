package se.traden.collaboration;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import se.traden.support.CollaborationFixtures;
import se.traden.support.IntegrationTest;
import se.traden.support.MutableClock;
import se.traden.support.MutableClockConfiguration;

/**
 * Contacts are counted per ISO week in Stockholm time over the last 26 weeks, the current week last,
 * weeks without contact as zero; a contact just after midnight on a Monday belongs to the new week, though
 * it is still Sunday in UTC.
 */
@Import(MutableClockConfiguration.class)
class ContactIntensityTest extends IntegrationTest {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired
    MutableClock clock;

    CollaborationFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new CollaborationFixtures(mvc, jdbc);
    }

    @AfterEach
    void wallClock() {
        clock.reset();
    }

    @Test
    void contactsAreCountedInTheirStockholmWeek() throws Exception {
        // A Wednesday morning three weeks back opens the case.
        LocalDate wednesday = LocalDate.now(STOCKHOLM).with(DayOfWeek.WEDNESDAY).minusWeeks(3);
        Instant opened = wednesday.atTime(9, 0).atZone(STOCKHOLM).toInstant();
        clock.set(opened);
        String caseId = fx.anActivatedCase(registeredChild(), "cm1");
        clock.set(wednesday.plusWeeks(3).atTime(12, 0).atZone(STOCKHOLM).toInstant());
        log(caseId, opened.plus(Duration.ofHours(1)));
        // Monday 00:30 in Stockholm is still Sunday in UTC: it counts in Stockholm's new week.
        log(caseId, wednesday.plusDays(5).atTime(0, 30).atZone(STOCKHOLM).toInstant());
        log(caseId, wednesday.plusWeeks(2).atTime(11, 0).atZone(STOCKHOLM).toInstant());
        log(caseId, clock.instant().minus(Duration.ofHours(1)));
        log(caseId, clock.instant().minus(Duration.ofMinutes(5)));

        fx.api("cm1", get("/api/v1/cases/" + caseId + "/contacts"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intensity[25].contacts").value(2))
                .andExpect(jsonPath("$.intensity[25].week")
                        .value(wednesday.plusWeeks(3).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)))
                .andExpect(jsonPath("$.intensity[25].monday")
                        .value(wednesday.plusWeeks(3).with(DayOfWeek.MONDAY).toString()))
                .andExpect(jsonPath("$.intensity[24].contacts").value(1))
                .andExpect(jsonPath("$.intensity[23].contacts").value(1))
                .andExpect(jsonPath("$.intensity[22].contacts").value(1))
                .andExpect(jsonPath("$.intensity[0].monday")
                        .value(wednesday
                                .plusWeeks(3)
                                .with(DayOfWeek.MONDAY)
                                .minusWeeks(25)
                                .toString()));
        fx.page("cm1", get("/cases/" + caseId + "/contacts"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("5 kontakter från vecka")))
                .andExpect(content().string(containsString("22 av veckorna saknar kontakt")));
    }

    void log(String caseId, Instant at) throws Exception {
        fx.postJson("cm1", "/api/v1/cases/" + caseId + "/contacts", """
                        {"occurredAt": "%s", "kind": "PHYSICAL_MEETING", "withWhom": ["CHILD"], "note": "Träff"}""".formatted(at))
                .andExpect(status().isCreated());
    }
}
