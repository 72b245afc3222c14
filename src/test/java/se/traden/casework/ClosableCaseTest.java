package se.traden.casework;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import se.traden.support.CaseFixtures;
import se.traden.support.IntegrationTest;
import se.traden.support.MutableClock;
import se.traden.support.MutableClockConfiguration;

/**
 * Base of the tests of what comes after closure: every case is ready to close, and the clock is the
 * test's. The subclasses share one application context.
 */
@Import({MutableClockConfiguration.class, ReadyToCloseConfiguration.class})
abstract class ClosableCaseTest extends IntegrationTest {

    @Autowired
    MutableClock clock;

    CaseFixtures cases;
    CaseSessions sessions;

    @BeforeEach
    void fixtures() {
        cases = new CaseFixtures(mvc, jdbc);
        sessions = new CaseSessions(mvc);
    }

    @AfterEach
    void backToThePresent() {
        clock.reset();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Closes the case through the API, keeping the case manager as maintaining contact until the date. */
    void closeWithMaintenance(String user, String caseId, LocalDate until) throws Exception {
        long v = cases.caseVersion(user, caseId);
        cases.caseCommand(
                        user,
                        caseId,
                        "closure",
                        "{\"version\": " + v + ", \"maintainUntil\": \"" + until + "\", \"reason\": \"Stabil vardag\"}")
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk());
    }

    void closeCompletely(String user, String caseId) throws Exception {
        long v = cases.caseVersion(user, caseId);
        cases.caseCommand(user, caseId, "closure", "{\"version\": " + v + ", \"reason\": \"Stabil vardag\"}")
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk());
    }
}
