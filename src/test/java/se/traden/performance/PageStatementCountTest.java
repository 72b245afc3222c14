package se.traden.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.traden.support.CollaborationFixtures;
import se.traden.support.ConcernFixtures;
import se.traden.support.IntegrationTest;
import se.traden.support.UiLogin;

/**
 * The pages people open most cost the same number of SQL statements whatever the amount of data behind
 * them: no N+1. Counted with datasource-proxy around the application's data source; nothing is timed.
 */
@Import(PageStatementCountTest.CountingDataSource.class)
class PageStatementCountTest extends IntegrationTest {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final ThreadLocal<AtomicLong> STATEMENTS = ThreadLocal.withInitial(AtomicLong::new);

    @TestConfiguration(proxyBeanMethods = false)
    static class CountingDataSource {
        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource dataSource
                            && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                        return ProxyDataSourceBuilder.create(dataSource)
                                .name("counting")
                                .afterQuery(
                                        (execution, queries) -> STATEMENTS.get().addAndGet(queries.size()))
                                .build();
                    }
                    return bean;
                }
            };
        }
    }

    CollaborationFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new CollaborationFixtures(mvc, jdbc);
    }

    @Test
    void theCasePageCostsTheSameWithFiveContactsOrFiveHundred() throws Exception {
        UUID child = registeredChild();
        String caseId = fx.anActivatedCase(child, "cm1");
        logContacts(caseId, 0, 5);
        long withFive = statements("cm1", get("/cases/" + caseId));
        long contactsPageWithFive = statements("cm1", get("/cases/" + caseId + "/contacts"));
        logContacts(caseId, 5, 495);
        long withFiveHundred = statements("cm1", get("/cases/" + caseId));
        long contactsPageWithFiveHundred = statements("cm1", get("/cases/" + caseId + "/contacts"));
        System.out.printf(
                "case page: %d statements with 5 contacts, %d with 500; contact log: %d and %d%n",
                withFive, withFiveHundred, contactsPageWithFive, contactsPageWithFiveHundred);
        assertThat(withFiveHundred).as("case page statements").isEqualTo(withFive);
        assertThat(contactsPageWithFiveHundred).as("contact log statements").isEqualTo(contactsPageWithFive);
        assertThat(withFive).as("the case page stays within a fixed budget").isLessThanOrEqualTo(80);
    }

    @Test
    void theInboxCostsTheSameWithFiveMoreConcernsOrTwentyFive() throws Exception {
        ConcernFixtures concerns = new ConcernFixtures(mvc);
        for (int i = 0; i < 5; i++) {
            concerns.fromSchool(i % 2 == 0);
        }
        long before = statements("ic", get("/concerns/inbox"));
        for (int i = 0; i < 20; i++) {
            concerns.fromSchool(i % 3 == 0);
        }
        long after = statements("ic", get("/concerns/inbox"));
        System.out.printf("inbox: %d statements, then %d with 20 more concerns%n", before, after);
        assertThat(after).as("inbox statements").isEqualTo(before);
    }

    @Test
    void theSituationPictureIsAFixedSetOfQueries() throws Exception {
        long first = statements("ic", get("/uppfoljning/lagesbild"));
        new ConcernFixtures(mvc).fromSchool(true);
        long second = statements("ic", get("/uppfoljning/lagesbild"));
        assertThat(second).isEqualTo(first);
        assertThat(first).isLessThanOrEqualTo(40);
    }

    private void logContacts(String caseId, int first, int n) throws Exception {
        OffsetDateTime at = OffsetDateTime.now(STOCKHOLM).withNano(0).minusHours(1);
        for (int i = first; i < first + n; i++) {
            fx.postJson("cm1", "/api/v1/cases/" + caseId + "/contacts", """
                            {"occurredAt": "%s", "kind": "PHONE", "withWhom": ["CHILD"], "note": "Samtal %d"}""".formatted(at.minusMinutes(i), i))
                    .andExpect(status().isCreated());
        }
    }

    private long statements(String user, MockHttpServletRequestBuilder request) throws Exception {
        var login = UiLogin.as(mvc, user);
        mvc.perform(request.with(login)).andExpect(status().isOk());
        STATEMENTS.get().set(0);
        mvc.perform(request.with(login)).andExpect(status().isOk());
        return STATEMENTS.get().get();
    }
}
