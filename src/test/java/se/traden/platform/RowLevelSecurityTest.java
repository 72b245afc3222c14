package se.traden.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.traden.shared.MunicipalityId;
import se.traden.shared.MunicipalityScope;
import se.traden.support.IntegrationTest;
import se.traden.support.TestDatabase;

/**
 * The database keeps municipalities apart by itself: every table that holds a municipality's rows is
 * under a forced row-level security policy, the application's role cannot get around it, and a
 * connection that has not said which municipality it serves sees and writes nothing.
 */
class RowLevelSecurityTest extends IntegrationTest {
    private final JdbcClient owner = TestDatabase.owner();

    /** Tables that hold no municipality's data, each with its reason. */
    private static final Set<String> NOT_MUNICIPALITY_DATA = Set.of(
            "flyway_schema_history", // the migrations' own bookkeeping, not readable by the application
            "municipality", // the list of municipalities: names and codes, needed before anyone logs in
            "scheduled_tasks", // the scheduler's task rows: task names and times, no personal data
            "spring_session", // sessions, read before anyone's municipality is known (decision 0121)
            "spring_session_attributes", // their attributes: the security context and forms awaiting review
            "login_throttle"); // failed logins per client address, counted before anyone is known

    /** Tables without a municipality column of their own, guarded through their parent's policy. */
    private static final Set<String> GUARDED_THROUGH_PARENT = Set.of("consent_giver", "consent_recipient");

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everyTableWithMunicipalityDataIsUnderAForcedPolicy() {
        List<String> unguarded = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        for (Table table : tables()) {
            boolean municipalityData = table.hasMunicipalityColumn() || GUARDED_THROUGH_PARENT.contains(table.name());
            if (municipalityData && !(table.rowSecurity() && table.forced() && table.policies() > 0)) {
                unguarded.add(table.name());
            }
            if (!municipalityData && !NOT_MUNICIPALITY_DATA.contains(table.name())) {
                unexplained.add(table.name());
            }
        }
        assertThat(unguarded)
                .as("tables with municipality data need `select traden_isolate('<table>')` in their migration")
                .isEmpty();
        assertThat(unexplained)
                .as("a table without municipality_id must be guarded through its parent or listed as not"
                        + " municipality data, with the reason")
                .isEmpty();
        assertThat(tables()).hasSizeGreaterThan(50);
    }

    @Test
    void theApplicationsRoleOwnsNothingAndCannotBypassThePolicies() {
        var role = owner.sql("select rolsuper, rolbypassrls from pg_roles where rolname = ?")
                .param(TestDatabase.APP_USER)
                .query((rs, n) -> List.of(rs.getBoolean(1), rs.getBoolean(2)))
                .single();
        assertThat(role).containsExactly(false, false);
        assertThat(owner.sql("""
                        select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = 'public' and pg_get_userbyid(c.relowner) = ?""").param(TestDatabase.APP_USER).query(Long.class).single())
                .isZero();
    }

    @Test
    void aConnectionThatHasNotSaidItsMunicipalitySeesNothingAndWritesNothing() throws SQLException {
        try (Connection app = appConnection()) {
            for (Table table : tables()) {
                if (table.hasMunicipalityColumn() || GUARDED_THROUGH_PARENT.contains(table.name())) {
                    assertThat(count(app, table.name())).as(table.name()).isZero();
                }
            }
            UUID sjostad = municipality("sjostad");
            assertThatThrownBy(() -> app.createStatement()
                            .execute("insert into concern_counter (municipality_id, year, last_number) values ('"
                                    + sjostad + "', 1901, 1)"))
                    .hasMessageContaining("row-level security");
        }
        assertThat(owner.sql("select count(*) from staff").query(Long.class).single())
                .as("the owner sees the rows the application's role was refused")
                .isPositive();
    }

    @Test
    void aConnectionForOneMunicipalitySeesOnlyThatMunicipality() throws SQLException {
        UUID sjostad = municipality("sjostad");
        UUID aby = municipality("aby");
        try (Connection app = appConnection()) {
            app.createStatement().execute("select set_config('traden.municipality', '" + aby + "', false)");
            assertThat(countWhere(app, "staff", sjostad)).isZero();
            assertThat(countWhere(app, "staff", aby)).isPositive();
            assertThat(countWhere(app, "account", sjostad)).isZero();
            assertThat(app.createStatement()
                            .executeUpdate("update staff set name = name where municipality_id = '" + sjostad + "'"))
                    .as("another municipality's rows cannot be changed, since they cannot be seen")
                    .isZero();
            app.createStatement().execute("select set_config('traden.municipality', 'not-a-municipality', false)");
            assertThat(count(app, "staff")).isZero();
        }
    }

    /**
     * The searches by name run as the owner (V142), past the policies, so that the trigram index serves
     * them: they must keep the municipalities apart themselves, exactly as the policies do.
     */
    @Test
    void theNameSearchesThatRunAsTheOwnerKeepTheMunicipalitiesApartThemselves() throws SQLException {
        UUID sjostad = municipality("sjostad");
        UUID aby = municipality("aby");
        String family = "Zqxrls" + UUID.randomUUID().toString().substring(0, 6);
        UUID inSjostad = child(sjostad, family);
        UUID inAby = child(aby, family);
        String words = "select * from traden_person_ids_matching(array['" + family.toLowerCase() + "'])";
        String alike = "select person_id from traden_children_similar_to('Rut " + family + "', null, 10)";
        try (Connection app = appConnection()) {
            assertThat(ids(app, words)).as("no municipality said").isEmpty();
            assertThat(ids(app, alike)).as("no municipality said").isEmpty();
            app.createStatement().execute("select set_config('traden.municipality', '" + aby + "', false)");
            assertThat(ids(app, words)).containsExactly(inAby);
            assertThat(ids(app, alike)).containsExactly(inAby);
            app.createStatement().execute("select set_config('traden.municipality', 'not-a-municipality', false)");
            assertThat(ids(app, words)).isEmpty();
            app.createStatement().execute("select set_config('traden.municipality', 'system', false)");
            assertThat(ids(app, words)).containsExactlyInAnyOrder(inSjostad, inAby);
        } finally {
            owner.sql("delete from person where id in (?, ?)")
                    .params(inSjostad, inAby)
                    .update();
        }
        assertThat(owner.sql("""
                        select count(*) from pg_proc p
                         where p.proname in ('traden_person_ids_matching', 'traden_children_similar_to')
                           and has_function_privilege('public', p.oid, 'execute')""").query(Long.class).single())
                .as("only the application's role may call them")
                .isZero();
    }

    private UUID child(UUID municipality, String family) {
        UUID id = UUID.randomUUID();
        UUID staff = owner.sql("select id from staff where municipality_id = ? limit 1")
                .param(municipality)
                .query(UUID.class)
                .single();
        owner.sql("""
                        insert into person (id, municipality_id, kind, given_names, family_name, identity_kind,
                            reserve_id, reserve_reason, date_of_birth, created_at, created_by, updated_at, updated_by)
                        values (?, ?, 'CHILD', 'Rut', ?, 'RESERVE', ?, 'Testbarn', date '2012-01-01', now(), ?,
                                now(), ?)""")
                .params(
                        id,
                        municipality,
                        family,
                        "R-1901-%06d"
                                .formatted(java.util.concurrent.ThreadLocalRandom.current()
                                        .nextInt(1_000_000)),
                        staff,
                        staff)
                .update();
        return id;
    }

    private static List<UUID> ids(Connection connection, String sql) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (var rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    @Test
    void theApplicationsDataSourceSetsTheScopeItIsGivenAndNothingOutsideOne() {
        UUID sjostad = municipality("sjostad");
        UUID aby = municipality("aby");
        MunicipalityScope.actForTheSystemWithoutAnActorOnThisThread(false);
        JdbcClient app = JdbcClient.create(dataSource);
        String staffOf = "select count(*) from staff where municipality_id = ?";
        assertThat(app.sql("select count(*) from staff").query(Long.class).single())
                .as("no actor, no scope")
                .isZero();
        assertThat(MunicipalityScope.within(
                        new MunicipalityId(aby),
                        () -> app.sql(staffOf).param(sjostad).query(Long.class).single()))
                .isZero();
        assertThat(MunicipalityScope.within(
                        new MunicipalityId(aby),
                        () -> app.sql(staffOf).param(aby).query(Long.class).single()))
                .isPositive();
        assertThat(MunicipalityScope.asSystem(() -> app.sql("select count(distinct municipality_id) from staff")
                        .query(Long.class)
                        .single()))
                .isGreaterThanOrEqualTo(2);
        // a scope chosen inside a running transaction is set on its connection, and set back after
        long[] seen = new long[3];
        MunicipalityScope.within(
                new MunicipalityId(aby),
                () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    seen[0] = app.sql(staffOf).param(sjostad).query(Long.class).single();
                    seen[1] = MunicipalityScope.asSystem(() ->
                            app.sql(staffOf).param(sjostad).query(Long.class).single());
                    seen[2] = app.sql(staffOf).param(sjostad).query(Long.class).single();
                }));
        assertThat(seen[0]).isZero();
        assertThat(seen[1]).isPositive();
        assertThat(seen[2]).isZero();
    }

    private record Table(
            String name, boolean hasMunicipalityColumn, boolean rowSecurity, boolean forced, int policies) {}

    private List<Table> tables() {
        return owner.sql("""
                        select c.relname,
                               exists (select 1 from pg_attribute a
                                        where a.attrelid = c.oid and a.attname = 'municipality_id' and not a.attisdropped),
                               c.relrowsecurity, c.relforcerowsecurity,
                               (select count(*) from pg_policy p where p.polrelid = c.oid)
                          from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = 'public' and c.relkind in ('r', 'p')
                         order by c.relname""")
                .query((rs, n) ->
                        new Table(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4), rs.getInt(5)))
                .list();
    }

    private UUID municipality(String code) {
        return owner.sql("select id from municipality where code = ?")
                .param(code)
                .query(UUID.class)
                .single();
    }

    private static Connection appConnection() throws SQLException {
        return DriverManager.getConnection(TestDatabase.url(), TestDatabase.APP_USER, "");
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (var rows = connection.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long countWhere(Connection connection, String table, UUID municipality) throws SQLException {
        try (var rows = connection
                .createStatement()
                .executeQuery("select count(*) from " + table + " where municipality_id = '" + municipality + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
