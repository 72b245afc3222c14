package se.traden.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.traden.organisation.MunicipalitySetup;
import se.traden.shared.FunctionType;
import se.traden.support.IntegrationTest;
import se.traden.support.UiLogin;

/**
 * The thinning job on a municipality of its own, judged twenty years ahead: a child's closed case with
 * every part, a child with a concern left with the line, a concern whose child was never identified, a
 * consultation and settled reminders. A dry run counts and changes nothing; the run thins every personal
 * text, name, number and contact detail (no trace of them is left in any table), keeps the facts so that
 * the situation picture gives the same numbers, writes one access-log entry per record and keeps the
 * log's chain intact; and the application still shows the thinned records.
 */
class RetentionThinningTest extends IntegrationTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @Autowired
    MunicipalitySetup setup;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    RetentionJob job;

    RetentionWorld world;

    @BeforeEach
    void world() {
        world = RetentionWorld.create(mvc, jdbc, setup, passwords, new TransactionTemplate(transactionManager));
    }

    Instant yearsAhead(int years) {
        return Instant.now().atZone(ZONE).plusYears(years).toInstant();
    }

    @Test
    void aRunThinsEveryPersonalTextKeepsTheFactsAndLogsEveryRecord() throws Exception {
        String marker = RetentionWorld.marker();
        UUID child = world.child(LocalDate.of(2010, 3, 12), marker);
        UUID guardian = world.guardianOf(child, marker);
        ChildFiles.Written file = new ChildFiles(world).closedCase(child, guardian, marker, "SCHOOL_STAGE");
        String laterConcern = world.concernLeftWithLine(child, marker);
        UUID other = world.child(LocalDate.of(2011, 6, 8), marker);
        String otherConcern = world.concernLeftWithLine(other, marker);
        String unidentified = world.unidentifiedConcern(marker, 2009);
        String consultation = world.consultation(marker);
        String pictureBefore = picture();
        assertThat(traces(marker))
                .as("texts carrying the marker before thinning")
                .isGreaterThan(60);
        long logBefore = accessLogCount("municipality_id = ?", world.municipality);

        RunReport early = job.run(world.municipality, yearsAhead(4), true);
        assertThat(count(early, RecordType.CLOSED_CASE).due()).isZero();
        assertThat(count(early, RecordType.SETTLED_REMINDER).thinned()).isEqualTo(2);

        RunReport dry = job.run(world.municipality, yearsAhead(20), true);
        assertThat(dry.id()).isNull();
        assertThat(dry.dryRun()).isTrue();
        assertThat(counts(dry))
                .containsExactly(
                        Map.entry(RecordType.CLOSED_CASE, List.of(1, 1, 0)),
                        Map.entry(RecordType.DECIDED_CONCERN, List.of(1, 1, 0)),
                        Map.entry(RecordType.UNIDENTIFIED_CONCERN, List.of(1, 1, 0)),
                        Map.entry(RecordType.CONSULTATION, List.of(1, 1, 0)),
                        Map.entry(RecordType.SETTLED_REMINDER, List.of(2, 2, 0)));
        assertThat(traces(marker)).as("a dry run changes nothing").isGreaterThan(60);
        assertThat(accessLogCount("municipality_id = ?", world.municipality)).isEqualTo(logBefore);
        assertThat(jdbc.sql("select count(*) from thinned_record where municipality_id = ?")
                        .param(world.municipality)
                        .query(Long.class)
                        .single())
                .isZero();

        RunReport run = job.run(world.municipality, yearsAhead(20), false);
        assertThat(run.outcome()).isEqualTo(RunReport.Outcome.COMPLETED);
        assertThat(counts(run)).isEqualTo(counts(dry));

        assertThat(traces(marker))
                .as("texts carrying the marker after thinning")
                .isZero();
        assertThat(picture()).as("the situation picture after thinning").isEqualTo(pictureBefore);

        var person = jdbc.sql("select * from person where id = ?")
                .param(child)
                .query()
                .singleRow();
        assertThat(person.get("given_names")).isEqualTo(ThinningCatalogue.PLACEHOLDER);
        assertThat(person.get("identity_kind")).isEqualTo("NONE");
        assertThat(person.get("personal_number")).isNull();
        assertThat(person.get("date_of_birth")).isNull();
        assertThat(person.get("thinned_at")).isNotNull();
        assertThat(jdbc.sql("select thinned_at is not null from person where id = ?")
                        .param(guardian)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("select status || ' ' || array_to_string(problem_areas, ',') from concern where id = ?")
                        .param(file.concernId())
                        .query(String.class)
                        .single())
                .isEqualTo("ACTIVATED CRIME,SCHOOL_ABSENCE");
        assertThat(jdbc.sql(
                                "select details ->> 'caseManagerId' from concern_event where concern_id = ? and type = 'ACTIVATED'")
                        .param(file.concernId())
                        .query(String.class)
                        .single())
                .isEqualTo(world.cmStaff().toString());

        assertThat(deletions())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "case", 1L,
                        "concern", 4L,
                        "person", 3L,
                        "consultation", 1L,
                        "disclosure-entry", 5L,
                        "reminder", 1L,
                        "follow-up-reminder", 1L));
        assertThat(accessLogCount(
                        "municipality_id = ? and username = ? and (staff_id is not null or acting_function is not null"
                                + " or action <> 'DELETE')",
                        world.municipality,
                        Thinner.PROCESS))
                .isZero();
        world.api(world.users.get(FunctionType.LOG_AUDITOR), post("/api/v1/audit/verification"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));

        world.api(world.ic(), get("/api/v1/cases/" + file.caseId()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(marker))));
        mvcPage("/cases/" + file.caseId()).andExpect(status().isOk());
        world.api(world.ic(), get("/api/v1/cases/" + file.caseId() + "/plan/revisions/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.goals[0].lifeArea").value("SCHOOL_OR_OCCUPATION"))
                .andExpect(jsonPath("$.content.goals[0].aim").value(ThinningCatalogue.PLACEHOLDER));
        for (String concern : List.of(laterConcern, otherConcern, unidentified)) {
            world.api(world.ic(), get("/api/v1/concerns/" + concern))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(marker))));
        }
        world.api(world.ic(), get("/api/v1/people/" + child))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.givenNames").value(ThinningCatalogue.PLACEHOLDER));
        world.api(world.ic(), get("/api/v1/consultations/" + consultation))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.situation").value(ThinningCatalogue.PLACEHOLDER));

        RunReport again = job.run(world.municipality, yearsAhead(20), false);
        assertThat(again.thinned()).as("what is thinned is thinned once").isZero();
        assertThat(jdbc.sql("select count(*) from retention_run_count where run_id = ? and thinned > 0")
                        .param(run.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void holdsPlacementsTheResearchSampleAndTheChildsAgeKeepAFile() throws Exception {
        String marker = RetentionWorld.marker();
        ChildFiles files = new ChildFiles(world);
        UUID held = world.child(LocalDate.of(2010, 2, 11), marker);
        ChildFiles.Written heldCase = files.closedCase(held, world.guardianOf(held, marker), marker, "SCHOOL_STAGE");
        UUID placed = world.child(LocalDate.of(2010, 2, 12), marker);
        files.closedCase(placed, world.guardianOf(placed, marker), marker, "PLACEMENT");
        UUID sample = world.child(LocalDate.of(2010, 2, 15), marker);
        files.closedCase(sample, world.guardianOf(sample, marker), marker, "SCHOOL_STAGE");
        UUID young = world.child(LocalDate.now().minusYears(2).withDayOfMonth(3), marker);
        files.closedCase(young, world.guardianOf(young, marker), marker, "SCHOOL_STAGE");
        UUID thinned = world.child(LocalDate.of(2010, 2, 13), marker);
        files.closedCase(thinned, world.guardianOf(thinned, marker), marker, "SCHOOL_STAGE");

        String hold = JsonPath.read(
                world.post(world.ic(), "/api/v1/retention/holds", """
                                {"recordType": "CASE", "reference": "%s", "reason": "Pågående mål i förvaltningsrätten"}""".formatted(
                                        heldCase.caseReference().toLowerCase()))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.reference").value(heldCase.caseReference()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        RunReport run = job.run(world.municipality, yearsAhead(20), false);
        TypeCount cases = count(run, RecordType.CLOSED_CASE);
        assertThat(List.of(
                        cases.due(),
                        cases.thinned(),
                        cases.keptHold(),
                        cases.keptPlacement(),
                        cases.keptResearch(),
                        cases.keptAge(),
                        cases.failed()))
                .containsExactly(5, 1, 1, 1, 1, 1, 0);
        for (UUID kept : List.of(held, placed, sample, young)) {
            assertThat(thinnedAt(kept)).isNull();
        }
        assertThat(thinnedAt(thinned)).isNotNull();

        world.post(world.ic(), "/api/v1/retention/holds/" + hold + "/release", "{\"version\": 0}")
                .andExpect(status().isOk());
        RunReport released = job.run(world.municipality, yearsAhead(20), true);
        assertThat(count(released, RecordType.CLOSED_CASE).thinned()).isEqualTo(1);
        assertThat(count(released, RecordType.CLOSED_CASE).keptHold()).isZero();

        world.api(
                        world.admin(),
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                        "/api/v1/retention/rules/CLOSED_CASE")
                                .header("If-Match", "\"0\"")
                                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                                .content("""
                                        {"enabled": true, "yearsAfterLastEntry": 5, "keepUntilAge": null,
                                         "keepResearchSample": false}"""))
                .andExpect(status().isOk());
        RunReport noFloor = job.run(world.municipality, yearsAhead(20), true);
        assertThat(count(noFloor, RecordType.CLOSED_CASE).thinned())
                .as("hold released, no age floor, no sample")
                .isEqualTo(3);
        assertThat(count(noFloor, RecordType.CLOSED_CASE).keptPlacement()).isEqualTo(1);
    }

    @Test
    void theAppendOnlyTablesStillRefuseEverythingButAThinning() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        String marker = RetentionWorld.marker();
        UUID child = world.child(LocalDate.of(2010, 4, 4), marker);
        ChildFiles.Written file =
                new ChildFiles(world).closedCase(child, world.guardianOf(child, marker), marker, "SCHOOL_STAGE");
        UUID entry = jdbc.sql("select id from disclosure_entry where context_id = ? limit 1")
                .param(file.caseId())
                .query(UUID.class)
                .single();
        assertThatThrownBy(() -> transaction.executeWithoutResult(
                        s -> jdbc.sql("update disclosure_entry set summary = '[gallrad]' where id = ?")
                                .param(entry)
                                .update()))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> {
                    thinning();
                    jdbc.sql("update disclosure_entry set summary = 'något annat' where id = ?")
                            .param(entry)
                            .update();
                }))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> {
                    thinning();
                    jdbc.sql(
                                    "update disclosure_entry set summary = '[gallrad]', legal_basis = 'OSL_10_27' where id = ?")
                            .param(entry)
                            .update();
                }))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> {
                    thinning();
                    jdbc.sql("delete from disclosure_entry where id = ?")
                            .param(entry)
                            .update();
                }))
                .rootCause()
                .hasMessageContaining("append-only");
    }

    @Test
    void jsonIsThinnedToItsFacts() {
        String thinned = jdbc.sql("""
                        select retention_thin_json('{"name": "Anna Berg", "id": "3f2a1b4c-1234-4abc-8def-0123456789ab",
                            "on": "2026-01-05", "at": "2026-01-05T10:00:00.123Z", "kind": "HOME_COMING", "n": 3,
                            "yes": true, "none": null, "list": ["text", "SCHOOL", {"note": "hej"}]}'::jsonb)::text
                        """).query(String.class).single();
        assertThat(JsonPath.<String>read(thinned, "$.name")).isEqualTo("[gallrad]");
        assertThat(JsonPath.<String>read(thinned, "$.id")).isEqualTo("3f2a1b4c-1234-4abc-8def-0123456789ab");
        assertThat(JsonPath.<String>read(thinned, "$.on")).isEqualTo("2026-01-05");
        assertThat(JsonPath.<String>read(thinned, "$.at")).isEqualTo("2026-01-05T10:00:00.123Z");
        assertThat(JsonPath.<String>read(thinned, "$.kind")).isEqualTo("HOME_COMING");
        assertThat(JsonPath.<Integer>read(thinned, "$.n")).isEqualTo(3);
        assertThat(JsonPath.<Boolean>read(thinned, "$.yes")).isTrue();
        assertThat(JsonPath.<List<Object>>read(thinned, "$.list")).hasSize(3);
        assertThat(JsonPath.<String>read(thinned, "$.list[0]")).isEqualTo("[gallrad]");
        assertThat(JsonPath.<String>read(thinned, "$.list[1]")).isEqualTo("SCHOOL");
        assertThat(JsonPath.<String>read(thinned, "$.list[2].note")).isEqualTo("[gallrad]");
    }

    private Object thinnedAt(UUID person) {
        return jdbc.sql("select thinned_at from person where id = ?")
                .param(person)
                .query()
                .singleRow()
                .get("thinned_at");
    }

    private void thinning() {
        jdbc.sql("select set_config('traden.thinning', 'on', true)")
                .query(String.class)
                .single();
    }

    private org.springframework.test.web.servlet.ResultActions mvcPage(String path) throws Exception {
        return mvc.perform(get(path).with(UiLogin.as(mvc, world.ic())));
    }

    /** The situation picture of the municipality as its coordinator gets it, without the moment it was made. */
    private String picture() throws Exception {
        String json = world.api(world.ic(), get("/api/v1/followup/situation"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Object> counts = JsonPath.read(json, "$.indicators[*].rows[*].cells[*].value");
        assertThat(counts.stream().filter(v -> v instanceof Number n && n.doubleValue() > 0))
                .as("a picture with something in it")
                .hasSizeGreaterThan(10);
        return JsonPath.parse(json).delete("$.producedAt").jsonString();
    }

    /** How many values in the municipality's rows, in any table and any text column, contain the marker. */
    private long traces(String marker) {
        List<Map<String, Object>> columns = jdbc.sql("""
                        select c.table_name, c.column_name from information_schema.columns c
                         where c.table_schema = 'public'
                           and (c.data_type in ('text', 'jsonb', 'character varying') or c.udt_name = '_text')
                           and exists (select 1 from information_schema.columns m where m.table_schema = 'public'
                                          and m.table_name = c.table_name and m.column_name = 'municipality_id')
                        """).query().listOfRows();
        long traces = 0;
        for (Map<String, Object> column : columns) {
            traces += jdbc.sql("select count(*) from " + column.get("table_name") + " where municipality_id = ? and "
                            + column.get("column_name") + "::text like ?")
                    .params(world.municipality, "%" + marker + "%")
                    .query(Long.class)
                    .single();
        }
        return traces;
    }

    private Map<String, Long> deletions() {
        Map<String, Long> deletions = new LinkedHashMap<>();
        jdbc.sql("""
                        select record_type, count(*) from access_log
                         where municipality_id = ? and username = ? and action = 'DELETE' group by record_type
                        """).params(world.municipality, Thinner.PROCESS).query(rs -> {
            deletions.put(rs.getString(1), rs.getLong(2));
        });
        return deletions;
    }

    private static TypeCount count(RunReport report, RecordType type) {
        return report.counts().stream()
                .filter(c -> c.type() == type)
                .findFirst()
                .orElseThrow();
    }

    /** Per kind of record: due, thinned (or would be), failed. */
    private static Map<RecordType, List<Integer>> counts(RunReport report) {
        Map<RecordType, List<Integer>> counts = new LinkedHashMap<>();
        report.counts().forEach(c -> counts.put(c.type(), List.of(c.due(), c.thinned(), c.failed())));
        return counts;
    }
}
