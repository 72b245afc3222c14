package se.traden.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.traden.support.IntegrationTest;

/**
 * The decision support costs the same number of statements however many case managers there are: no
 * query per candidate. Counted at the JDBC connection, with more case managers added inside a
 * transaction that is rolled back, so that no other test sees them. This class has its own application
 * context (the counting data source).
 */
@Import(DecisionSupportStatementsTest.Counting.class)
class DecisionSupportStatementsTest extends IntegrationTest {

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theNumberOfStatementsDoesNotGrowWithTheNumberOfCandidates() throws Exception {
        KnownChildren children = new KnownChildren(mvc, jdbc);
        String family = KnownChildren.uniqueFamilyName("Räkna");
        UUID sibling = children.registeredChild("Sam", family);
        UUID child = children.registeredChild("Siri", family);
        children.relate(child, children.guardian(sibling, "Stina", family), "GUARDIAN");
        children.activated(sibling, "cm1", "Räkneskolan");
        String concern = children.concern("Siri " + family, null, null, "Räkneskolan");
        children.readyForDecision(concern, child);

        int withTheDemoCaseManagers = statementsForDecisionSupport(concern, 0);
        int withSixMore = statementsForDecisionSupport(concern, 6);

        assertThat(withSixMore).isEqualTo(withTheDemoCaseManagers);
        assertThat(withTheDemoCaseManagers).isPositive().isLessThan(25);
    }

    /** Adds case managers in a transaction, asks for the decision support in it, counts, and rolls back. */
    private int statementsForDecisionSupport(String concern, int extraCaseManagers) {
        return new TransactionTemplate(transactions).execute(tx -> {
            UUID municipality = jdbc.sql("""
                            select s.municipality_id from account a join staff s on s.id = a.staff_id
                             where a.username = 'ic'
                            """).query(UUID.class).single();
            UUID function = jdbc.sql("""
                            select id from org_function where municipality_id = ? and type = 'CASE_MANAGER'
                             order by name limit 1
                            """).param(municipality).query(UUID.class).single();
            for (int i = 0; i < extraCaseManagers; i++) {
                UUID staff = UUID.randomUUID();
                jdbc.sql("insert into staff (id, municipality_id, name) values (?, ?, ?)")
                        .params(staff, municipality, "Extra Case Manager " + i)
                        .update();
                jdbc.sql("""
                                insert into function_assignment (id, municipality_id, function_id, staff_id, valid_from)
                                values (?, ?, ?, ?, ?)
                                """)
                        .params(
                                UUID.randomUUID(),
                                municipality,
                                function,
                                staff,
                                LocalDate.now().minusDays(1))
                        .update();
                jdbc.sql("insert into competence_tag (municipality_id, staff_id, tag) values (?, ?, 'extra')")
                        .params(municipality, staff)
                        .update();
            }
            try {
                CountingDataSource.start();
                mvc.perform(get("/api/v1/concerns/" + concern + "/decision-support")
                                .with(httpBasic("ic", "demo")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.candidates.length()").value(2 + extraCaseManagers));
                return CountingDataSource.stop();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                tx.setRollbackOnly();
            }
        });
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && !(bean instanceof CountingDataSource)
                            ? new CountingDataSource(ds)
                            : bean;
                }
            };
        }
    }

    /** Counts the statements prepared on its connections by the current thread while counting is on. */
    static final class CountingDataSource extends DelegatingDataSource {
        private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

        CountingDataSource(DataSource target) {
            super(target);
        }

        static void start() {
            COUNT.set(new int[1]);
        }

        static int stop() {
            int n = COUNT.get()[0];
            COUNT.remove();
            return n;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection target) {
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        int[] count = COUNT.get();
                        String name = method.getName();
                        if (count != null
                                && (name.equals("prepareStatement")
                                        || name.equals("createStatement")
                                        || name.equals("prepareCall"))) {
                            count[0]++;
                        }
                        try {
                            return method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
