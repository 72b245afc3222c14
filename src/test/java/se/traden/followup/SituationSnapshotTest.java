package se.traden.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.traden.followup.SituationSnapshots.Snapshot;
import se.traden.shared.MunicipalityId;
import se.traden.shared.MunicipalityScope;
import se.traden.support.CaseFixtures;
import se.traden.support.IntegrationTest;
import se.traden.support.UiLogin;

/**
 * The situation picture computed ahead (decision 0130): the night's computation stores the ready-made
 * periods, a page or the API serves them on the same day as they are, the steering group gets them
 * suppressed, what is registered afterwards shows only when counted anew, and yesterday's is never served.
 * Works on the demo municipality and removes what it stored afterwards, so that no other test meets a
 * picture from the past.
 */
class SituationSnapshotTest extends IntegrationTest {
    @Autowired
    SituationPrecompute precompute;

    @Autowired
    SituationSnapshots snapshots;

    @Autowired
    SituationQueries queries;

    UUID sjostad;

    @BeforeEach
    void theDemoMunicipality() {
        sjostad = jdbc.sql("select s.municipality_id from staff s join account a on a.staff_id = s.id"
                        + " where a.username = 'ic'")
                .query(UUID.class)
                .single();
    }

    @AfterEach
    void removeWhatWasComputed() {
        jdbc.sql("delete from situation_snapshot where municipality_id = ?")
                .param(sjostad)
                .update();
    }

    @Test
    void theNightsComputationStoresEveryReadyMadePeriodAndReadsBackWhatItCounted() {
        List<Snapshot> stored = precompute.run(sjostad);
        LocalDate today = LocalDate.now(Period.ZONE);
        assertThat(stored)
                .extracting(Snapshot::period)
                .containsExactlyElementsOf(Period.standard(today).values());
        for (Snapshot s : stored) {
            Snapshot read = MunicipalityScope.within(
                            new MunicipalityId(sjostad), () -> snapshots.find(sjostad, s.period()))
                    .orElseThrow();
            assertThat(read.tables()).as("stored and read back").isEqualTo(s.tables());
            assertThat(read.computedAt()).isEqualTo(s.computedAt());
        }
        // the stored tables are the ones a live count gives (nothing was registered in between)
        Period year = Period.yearEndingOn(today);
        List<IndicatorTable> live = MunicipalityScope.within(
                new MunicipalityId(sjostad),
                () -> new org.springframework.transaction.support.TransactionTemplate(transactions)
                        .execute(tx -> queries.all(sjostad, year)));
        assertThat(stored.getFirst().tables()).isEqualTo(live);
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void theApiServesTodaysPictureUntilAskedToCountAnewAndNeverYesterdays() throws Exception {
        precompute.run(sjostad);
        String first = api("ic", "");
        assertThat((Boolean) JsonPath.read(first, "$.precomputed")).isTrue();
        String stored = jdbc.sql("select computed_at from situation_snapshot where municipality_id = ?"
                        + " and period_from = ? and period_to = ?")
                .params(
                        sjostad,
                        LocalDate.parse(JsonPath.read(first, "$.from")),
                        LocalDate.parse(JsonPath.read(first, "$.to")))
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant()
                .toString();
        assertThat(java.time.Instant.parse(JsonPath.read(first, "$.producedAt")))
                .isEqualTo(java.time.Instant.parse(stored));

        // a concern registered after the computation is not in the stored picture, but is in a live one
        new CaseFixtures(mvc, jdbc).identifiedConcernAbout(registeredChild(), "Borta från skolan i veckor");
        String again = api("ic", "");
        assertThat(indicators(again)).isEqualTo(indicators(first));
        String live = api("ic", "&live=true");
        assertThat((Boolean) JsonPath.read(live, "$.precomputed")).isFalse();
        assertThat(total(live, "inflow-by-source")).isEqualTo(total(first, "inflow-by-source") + 1);

        // computed yesterday: counted anew
        jdbc.sql("update situation_snapshot set computed_at = computed_at - interval '1 day' where municipality_id = ?")
                .param(sjostad)
                .update();
        String nextDay = api("ic", "");
        assertThat((Boolean) JsonPath.read(nextDay, "$.precomputed")).isFalse();
        assertThat(total(nextDay, "inflow-by-source")).isEqualTo(total(live, "inflow-by-source"));
    }

    @Test
    void theSteeringGroupGetsTheStoredPictureSuppressedAsALiveOne() throws Exception {
        // at least one small count in the year, which the steering group must not see: one concern from an
        // organisation no other test reports from
        new CaseFixtures(mvc, jdbc)
                .api(
                        "skola",
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/concerns")
                                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                                .content("""
                                        {"subjectName": "Testbarn Snapshot", "worry": "Oro från fritids",
                                         "problemAreas": ["OTHER"], "mandatoryReport": "FILED",
                                         "reporterOrganisation": "Fritidsgården %s",
                                         "reporterContact": "fritids@sjostad.example"}""".formatted(java.util.UUID.randomUUID())))
                .andExpect(status().isCreated());
        String live = api("styrgrupp", "&live=true");
        precompute.run(sjostad);
        String stored = api("styrgrupp", "");
        assertThat((Boolean) JsonPath.read(stored, "$.precomputed")).isTrue();
        assertThat((Boolean) JsonPath.read(stored, "$.aggregated")).isTrue();
        assertThat(indicators(stored)).isEqualTo(indicators(live));
        assertThat(indicators(stored)).contains("\"hidden\":true");
    }

    @Test
    void thePageSaysWhenTheFiguresWereCountedAndOffersToCountAnew() throws Exception {
        precompute.run(sjostad);
        mvc.perform(get("/uppfoljning/lagesbild").with(UiLogin.as(mvc, "ic")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Siffrorna räknades fram")))
                .andExpect(content().string(containsString("live=true")))
                .andExpect(content().string(containsString("Räkna om nu")));
        mvc.perform(get("/uppfoljning/lagesbild").param("live", "true").with(UiLogin.as(mvc, "ic")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Siffrorna räknades fram"))));
        // a period that is not ready-made is always counted live
        mvc.perform(get("/uppfoljning/lagesbild")
                        .param("from", "2026-02-03")
                        .param("to", "2026-05-06")
                        .with(UiLogin.as(mvc, "ic")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Siffrorna räknades fram"))));
    }

    private String api(String user, String query) throws Exception {
        return mvc.perform(get("/api/v1/followup/situation?x=1" + query).with(httpBasic(user, "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String indicators(String json) {
        return com.jayway.jsonpath.JsonPath.parse(json).read("$.indicators").toString();
    }

    private static int total(String json, String indicator) {
        List<Double> values = JsonPath.read(json, "$.indicators[?(@.key == '" + indicator + "')].total.cells[0].value");
        return values.getFirst().intValue();
    }
}
