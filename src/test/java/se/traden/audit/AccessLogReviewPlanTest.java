package se.traden.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.traden.shared.FunctionType;
import se.traden.support.IntegrationTest;
import se.traden.support.TestDatabase;

/**
 * The review stays fast on a long log: with 100,000 entries in one municipality, every kind of search,
 * deep into the log, walks an index in order and stops after one page. The database is asked for its
 * plan; no plan may scan the whole table or sort.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLogReviewPlanTest extends IntegrationTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final int ENTRIES = 100_000;

    UUID municipality;
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @BeforeAll
    void aLongLog() {
        municipality = new AuditFixtures(jdbc).municipality();
        // Filled by SQL for speed: the chain of this throwaway municipality is not what is tested here.
        jdbc.sql("""
                        insert into access_log (municipality_id, seq, occurred_at, staff_id, username, acting_function,
                                                action, record_type, record_id, person_id, outcome, reason, prev_hash, hash)
                        select ?, n, cast(? as timestamptz) - make_interval(secs => n * 30),
                               md5('staff' || n % 50)::uuid, 'user' || n % 50,
                               case when n % 5 = 0 then 'INDIVIDUAL_COORDINATOR' else 'CASE_MANAGER' end,
                               'READ', case when n % 3 = 0 then 'plan' else 'person' end, 'r' || n % 5000,
                               md5('person' || n % 2000)::uuid,
                               case when n % 50 = 0 then 'DENIED' else 'ALLOWED' end, null, 'x', 'x'
                          from generate_series(1, ?) n
                        """)
                .params(municipality, java.sql.Timestamp.from(now), ENTRIES)
                .update();
        TestDatabase.owner().sql("analyze access_log").update(); // only the owner may analyze
    }

    static Stream<Arguments> searches() {
        UUID person = md5Uuid("person7");
        UUID staff = md5Uuid("staff7");
        LocalDate today = LocalDate.now(ZONE);
        return Stream.of(
                Arguments.of("everything", query(null, null, null, null, null, null, null, null, null)),
                Arguments.of("person", query(person, null, null, null, null, null, null, null, null)),
                Arguments.of("username", query(null, "user7", null, null, null, null, null, null, null)),
                Arguments.of("staff", query(null, null, staff, null, null, null, null, null, null)),
                Arguments.of("record", query(null, null, null, "person", "r7", null, null, null, null)),
                Arguments.of(
                        "denied", query(null, null, null, null, null, null, null, AccessLogQuery.Outcome.DENIED, null)),
                Arguments.of(
                        "period",
                        query(null, null, null, null, null, today.minusDays(20), today.minusDays(10), null, null)),
                Arguments.of(
                        "person in a period",
                        query(person, null, null, null, null, today.minusDays(20), today.minusDays(10), null, null)),
                Arguments.of(
                        "acting function",
                        query(null, null, null, null, null, null, null, null, FunctionType.INDIVIDUAL_COORDINATOR)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("searches")
    void aPageDeepInTheLogWalksAnIndexWithoutSorting(String name, AccessLogQuery query) {
        AccessLogEntries.Statement statement = AccessLogEntries.statement(municipality, query, ZONE);

        String plan = String.join(
                "\n",
                jdbc.sql("explain " + statement.sql())
                        .params(statement.params())
                        .query(String.class)
                        .list());

        assertThat(plan).as(plan).doesNotContain("Seq Scan on access_log").doesNotContainPattern("\\bSort\\b");
        assertThat(plan).as(plan).containsPattern("Index (Only )?Scan( Backward)? using access_log_");
    }

    private static AccessLogQuery query(
            UUID person,
            String username,
            UUID staff,
            String recordType,
            String recordId,
            LocalDate from,
            LocalDate to,
            AccessLogQuery.Outcome outcome,
            FunctionType function) {
        // a cursor half-way down the log: the thousandth page, not the first
        var halfWay = new AccessLogCursor(Instant.now().minus(ENTRIES * 15L, ChronoUnit.SECONDS), Long.MAX_VALUE);
        return new AccessLogQuery(
                person, username, staff, recordType, recordId, from, to, outcome, function, halfWay, 50);
    }

    private static UUID md5Uuid(String text) {
        try {
            byte[] md5 = java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String hex = java.util.HexFormat.of().formatHex(md5);
            return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
