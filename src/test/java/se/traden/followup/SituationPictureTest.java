package se.traden.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import se.traden.support.CaseFixtures;
import se.traden.support.IntegrationTest;
import se.traden.support.MutableClock;
import se.traden.support.MutableClockConfiguration;

/**
 * A small known population built through the domain's own commands in March 2031 (a month no other
 * test writes in; the demo staff hold their functions from the seed day on, so the story runs ahead), and every indicator of the situation picture asserted against it.
 */
@Import(MutableClockConfiguration.class)
class SituationPictureTest extends IntegrationTest {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final String MARCH = "from=2031-03-01&to=2031-03-31";

    @Autowired
    MutableClock clock;

    CaseFixtures fx;
    static boolean built;
    static Map<String, Object> picture;
    /** The picture of the month before the population is built: cases other tests left open count in it. */
    static Map<String, Object> baseline;

    @BeforeEach
    void theMarchPopulation() throws Exception {
        fx = new CaseFixtures(mvc, jdbc);
        if (!built) {
            build();
            built = true;
        }
        clock.set(at("2031-04-02T10:00"));
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private void build() throws Exception {
        clock.set(at("2031-04-02T10:00"));
        baseline = json(api("ic", "/api/v1/followup/situation?" + MARCH));
        clock.set(at("2031-03-03T09:00"));
        UUID child1 = registeredChildBornOn(LocalDate.of(2010, 5, 1));
        UUID child2 = registeredChildBornOn(LocalDate.of(2011, 6, 1));
        String a = raise("Sjöskolan", true, "\"CRIME\", \"SCHOOL_ABSENCE\"");
        String b = raise("Sjöskolan", false, "\"MENTAL_ILL_HEALTH\", \"SCHOOL_ABSENCE\"");
        String c = raise("Polisen Sjöstad", true, "\"CRIME\"");
        String d = raise("Polisen Sjöstad", false, "\"OTHER\"");
        tick();
        fx.concernCommand(a, "triage", 0, "\"complexity\": \"HIGH\", \"valuation\": \"Flera aktörer\"");
        fx.concernCommand(b, "triage", 0, "\"complexity\": \"MEDIUM\", \"valuation\": \"Oklart\"");
        fx.concernCommand(c, "triage", 0, "\"complexity\": \"HIGH\", \"valuation\": \"Allvarligt\"");
        fx.concernCommand(d, "triage", 0, "\"complexity\": \"LOW\", \"valuation\": \"Enkelt\"");
        tick();
        fx.concernCommand(a, "identification", 1, "\"personId\": \"" + child1 + "\"");
        fx.concernCommand(b, "identification", 1, "\"personId\": \"" + child2 + "\"");
        String case1 = fx.activate(a, fx.staffId("cm1"));
        String case2 = jdbc.sql("select id::text from collab_case where origin_concern_id = ?::uuid")
                .param(activate(b, "cm2"))
                .query(String.class)
                .single();
        fx.concernCommand(
                c,
                "line-decision",
                1,
                "\"receivingUnit\": \"Socialtjänstens öppenvård\", \"reason\": \"Linjen har det\"");
        fx.concernCommand(d, "simple-closure", 1, "\"text\": \"Råd till skolan\"");

        clock.set(at("2031-03-04T10:00"));
        postJson("cm1", "/api/v1/cases/" + case1 + "/consents", """
                {"givers": ["%s"], "categories": ["SCHOOL"],
                 "recipients": [{"organisation": "Sjöskolan", "kind": "SCHOOL"}],
                 "purpose": "Samordna stödet i skolan", "givenOn": "2031-03-04", "method": "WRITTEN"}""".formatted(child1));
        clock.set(at("2031-03-05T10:00"));
        postJson("cm1", "/api/v1/cases/" + case1 + "/investigations", """
                {"diaryNumber": "SOC-2031-17", "caseOfficerId": "%s", "openedOn": "2031-03-05", "status": "ONGOING",
                 "statusOn": "2031-03-05"}""".formatted(fx.staffId("handlaggare")));
        clock.set(at("2031-03-06T10:00"));
        postJson("cm2", "/api/v1/cases/" + case2 + "/transitions", """
                {"kind": "PLACEMENT", "occursOn": "2031-03-06", "ownerOrganisation": "HVB Solbacken"}""");
        postJson("cm2", "/api/v1/cases/" + case2 + "/transitions", """
                {"kind": "HOME_COMING", "occursOn": "2031-03-16", "ownerOrganisation": "Socialtjänsten",
                 "homeComingPlan": "Hem till mamma med stöd i skolan"}""");

        clock.set(at("2031-03-11T09:00"));
        raise("Fritidsgården Sjöstad", false, "\"SUBSTANCE_USE\"");
        postJson("ic", "/api/v1/cases/" + case1 + "/check-ins", """
                {"heldOn": "2031-03-11", "riskAndNeeds": "Frånvaron minskar", "workloadManageable": true}""");

        clock.set(at("2031-04-01T09:00"));
        raise("=HYPERLINK(\\\"http://example.com\\\")", false, "\"OTHER\"");
    }

    @Test
    void inflowIsCountedPerSourceAndWeekWithTheUrgentShare() throws Exception {
        Map<String, Object> p = picture();
        assertThat(rows(p, "inflow-by-source"))
                .containsExactly(
                        List.of("Polisen Sjöstad", "2", "1", "50 %"),
                        List.of("Sjöskolan", "2", "1", "50 %"),
                        List.of("Fritidsgården Sjöstad", "1", "0", "0 %"));
        assertThat(total(p, "inflow-by-source")).containsExactly("Totalt", "5", "2", "40 %");
        assertThat(rows(p, "inflow-over-time"))
                .containsExactly(
                        List.of("v. 9 2031", "0", "0", "–"),
                        List.of("v. 10 2031", "4", "2", "50 %"),
                        List.of("v. 11 2031", "1", "0", "0 %"),
                        List.of("v. 12 2031", "0", "0", "–"),
                        List.of("v. 13 2031", "0", "0", "–"),
                        List.of("v. 14 2031", "0", "0", "–"));
    }

    @Test
    void decisionsAreSetAgainstInflowAndComplexity() throws Exception {
        Map<String, Object> p = picture();
        assertThat(rows(p, "decisions-over-time").get(1)).containsExactly("v. 10 2031", "4", "2", "1", "1", "25 %");
        assertThat(rows(p, "decisions-by-complexity"))
                .containsExactly(
                        List.of("Låg", "0", "0", "1", "1", "0 %"),
                        List.of("Medel", "1", "0", "0", "1", "0 %"),
                        List.of("Hög", "1", "1", "0", "2", "50 %"));
        assertThat(total(p, "decisions-by-complexity")).containsExactly("Totalt", "2", "1", "1", "4", "25 %");
    }

    @Test
    void individualsCountOncePerProblemType() throws Exception {
        Map<String, Object> p = picture();
        // Cases other tests opened (in 2026) are still open in 2031 and count as ongoing: compare with before.
        assertThat(delta(p, "individuals"))
                .containsExactly(
                        List.of("Brottslighet", 1L, 0L, 1L),
                        List.of("Skolfrånvaro", 2L, 0L, 2L),
                        List.of("Psykisk ohälsa", 1L, 0L, 1L),
                        List.of("Missbruk", 0L, 0L, 0L),
                        List.of("Annat normbrytande beteende", 0L, 0L, 0L),
                        List.of("Annat", 0L, 0L, 0L),
                        List.of("Individer totalt (var och en räknas en gång)", 2L, 0L, 2L));
    }

    @Test
    void deadlinesCountWindowsThatRanOut() throws Exception {
        Map<String, Object> p = picture();
        List<List<String>> rows = rows(p, "deadlines");
        // Four decisions within the week; the fifth concern's decision window passed unmet.
        assertThat(rows.get(1).subList(0, 4)).containsExactly("Beslut om aktivering", "5", "4", "80 %");
        assertThat(rows.get(0).get(2)).as("no feedback was given").isEqualTo("0");
    }

    @Test
    void casesInvestigationsPlacementsAndModes() throws Exception {
        Map<String, Object> p = picture();
        assertThat(delta(p, "parallel-investigations").get(1)).containsExactly("v. 10 2031", 2L, 1L, 1L);
        assertThat(delta(p, "parallel-investigations").get(0)).containsExactly("v. 9 2031", 0L, 0L, 0L);
        assertThat(delta(p, "placements")).extracting(r -> r.get(1)).containsExactly(1L, 1L, 1L);
        assertThat(delta(p, "caseload"))
                .contains(List.of("Cem Demir", 1L, 0L, 0L, 0L, 1L), List.of(caseManagerTwo(), 1L, 0L, 0L, 0L, 1L));
        assertThat(rows(p, "case-flow").get(1)).containsExactly("v. 10 2031", "2", "0", "0", "0", "0");
        assertThat(delta(p, "case-mode"))
                .containsExactly(
                        List.of("Bygger på samtycke", 1L),
                        List.of("Intern samordning (inget giltigt samtycke)", 1L),
                        List.of("Totalt", 2L));
        assertThat(delta(p, "check-ins").get(0).subList(1, 4)).containsExactly(1L, 2L, 0L);
        assertThat(total(p, "disclosures")).containsExactly("Totalt", "0", "0", "0");
    }

    @Test
    void theSteeringGroupGetsOnlyTheAggregatedPictureWithoutNames() throws Exception {
        Map<String, Object> p = json(api("styrgrupp", "/api/v1/followup/situation?" + MARCH));
        assertThat(p.get("aggregated")).isEqualTo(true);
        assertThat(total(p, "inflow-by-source")).containsExactly("Totalt", "5", "<5", "<5");
        assertThat(rows(p, "inflow-by-source"))
                .allSatisfy(r -> assertThat(r.get(1)).isEqualTo("<5"));
        assertThat(rows(p, "caseload")).extracting(r -> r.get(0)).allMatch(label -> label.startsWith("Case manager "));
        assertThat(api("styrgrupp", "/api/v1/followup/situation?" + MARCH)
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Cem Demir", caseManagerTwo(), "Testbarn");
        // Asking for the whole picture changes nothing for the steering group.
        Map<String, Object> asked = json(api("styrgrupp", "/api/v1/followup/situation?aggregated=false&" + MARCH));
        assertThat(asked.get("aggregated")).isEqualTo(true);
        // The coordinator may preview the same view.
        assertThat(json(api("ic", "/api/v1/followup/situation?aggregated=true&" + MARCH))
                        .get("aggregated"))
                .isEqualTo(true);
    }

    @Test
    void thePageShowsTheSameNumbersAsTheApi() throws Exception {
        String page = mvc.perform(get("/uppfoljning/lagesbild?" + MARCH).with(se.traden.support.UiLogin.as(mvc, "ic")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Lägesbild", "Polisen Sjöstad", "Cem Demir", "<svg", "40 %");
    }

    @Test
    void theExportsHoldTheSameNumbersAsThePicture() throws Exception {
        for (String user : List.of("ic", "styrgrupp")) {
            Map<String, Object> p = json(api(user, "/api/v1/followup/situation?" + MARCH));
            byte[] csv = api(user, "/api/v1/followup/situation/export?format=csv&" + MARCH)
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            byte[] xlsx = api(user, "/api/v1/followup/situation/export?format=xlsx&" + MARCH)
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            List<List<String>> csvRows = ExportReading.csv(csv);
            Map<String, List<List<String>>> sheets = ExportReading.xlsx(xlsx);
            List<Map<String, Object>> indicators = JsonPath.read(p, "$.indicators");
            assertThat(sheets).hasSize(indicators.size());
            for (Map<String, Object> indicator : indicators) {
                String key = (String) indicator.get("key");
                List<List<String>> expected = new java.util.ArrayList<>(rows(p, key));
                if (indicator.get("total") != null) {
                    expected.add(total(p, key));
                }
                assertThat(ExportReading.section(csvRows, (String) indicator.get("title")))
                        .as("%s, CSV for %s", key, user)
                        .isEqualTo(ExportReading.digitsOnly(expected));
                assertThat(sheets.get(ExportReading.sheetTitle(sheets, (String) indicator.get("title"))))
                        .as("%s, XLSX for %s", key, user)
                        .isEqualTo(ExportReading.digitsOnly(expected));
            }
        }
    }

    @Test
    void theSteeringReportPdfHoldsTheAggregatedNumbersOfThePage() throws Exception {
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/followup/steering-reports")
                        .with(httpBasic("ic", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Mars\", \"from\": \"2031-03-01\", \"to\": \"2031-03-31\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(body, "$.id");
        byte[] pdf = api("styrgrupp", "/api/v1/followup/steering-reports/" + id + "/pdf")
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replace('\u00a0', ' ')
                    .replaceAll("\\s+", " ");
        }
        Map<String, Object> aggregated = json(api("styrgrupp", "/api/v1/followup/situation?" + MARCH));
        List<Map<String, Object>> indicators = JsonPath.read(aggregated, "$.indicators");
        int rowsChecked = 0;
        for (Map<String, Object> indicator : indicators) {
            String key = (String) indicator.get("key");
            List<List<String>> expected = new java.util.ArrayList<>(rows(aggregated, key));
            if (indicator.get("total") != null) {
                expected.add(total(aggregated, key));
            }
            for (List<String> row : expected) {
                assertThat(text).as("%s in the PDF", key).contains(String.join(" ", row));
                rowsChecked++;
            }
        }
        assertThat(rowsChecked).isGreaterThan(50);
        assertThat(text).doesNotContain("Cem Demir");
    }

    @Test
    void aFormulaTypedAsAnOrganisationStaysText() throws Exception {
        String april = "from=2031-04-01&to=2031-04-30";
        String csv = api("ic", "/api/v1/followup/situation/export?format=csv&" + april)
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(";=HYPERLINK").doesNotContain("\n=HYPERLINK");
        byte[] xlsx = api("ic", "/api/v1/followup/situation/export?format=xlsx&" + april)
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(ExportReading.xlsx(xlsx).values().stream()
                        .flatMap(List::stream)
                        .flatMap(List::stream))
                .contains("'=HYPERLINK(\"http://example.com\")")
                .noneMatch(text -> text.startsWith("="));
        assertThat(ExportReading.formulaCount(xlsx)).isZero();
    }

    private Map<String, Object> picture() throws Exception {
        if (picture == null) {
            picture = json(api("ic", "/api/v1/followup/situation?" + MARCH));
        }
        return picture;
    }

    private String caseManagerTwo() {
        return jdbc.sql("select s.name from staff s join account a on a.staff_id = s.id where a.username = 'cm2'")
                .query(String.class)
                .single();
    }

    /**
     * Row by row (total last), the label and each count's change from the baseline; other cells (shares,
     * days) are left out.
     */
    static List<List<Object>> delta(Map<String, Object> picture, String indicator) {
        List<List<String>> after = withTotal(picture, indicator);
        Map<String, List<String>> before = new java.util.HashMap<>();
        for (List<String> row : withTotal(baseline, indicator)) {
            before.put(row.get(0), row);
        }
        List<List<Object>> deltas = new java.util.ArrayList<>();
        for (List<String> row : after) {
            List<Object> d = new java.util.ArrayList<>();
            d.add(row.get(0));
            List<String> was = before.get(row.get(0));
            for (int c = 1; c < row.size(); c++) {
                String now = row.get(c).replace(" ", "");
                if (now.matches("[0-9]+")) {
                    long earlier = was == null ? 0 : Long.parseLong(was.get(c).replace(" ", ""));
                    d.add(Long.parseLong(now) - earlier);
                }
            }
            deltas.add(d);
        }
        return deltas;
    }

    private static List<List<String>> withTotal(Map<String, Object> picture, String indicator) {
        List<List<String>> rows = new java.util.ArrayList<>(rows(picture, indicator));
        List<Map<String, Object>> totals =
                JsonPath.read(picture, "$.indicators[?(@.key == '" + indicator + "')].total");
        if (!totals.isEmpty() && totals.get(0) != null) {
            rows.add(total(picture, indicator));
        }
        return rows;
    }

    static List<List<String>> rows(Map<String, Object> picture, String indicator) {
        return rowTexts(picture, indicator);
    }

    private static List<List<String>> rowTexts(Map<String, Object> picture, String indicator) {
        List<Map<String, Object>> rows =
                JsonPath.read(picture, "$.indicators[?(@.key == '" + indicator + "')].rows[*]");
        return rows.stream().map(SituationPictureTest::texts).toList();
    }

    static List<String> total(Map<String, Object> picture, String indicator) {
        List<Map<String, Object>> totals =
                JsonPath.read(picture, "$.indicators[?(@.key == '" + indicator + "')].total");
        return texts(totals.get(0));
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(Map<String, Object> row) {
        List<String> texts = new java.util.ArrayList<>();
        texts.add((String) row.get("label"));
        for (Map<String, Object> cell : (List<Map<String, Object>>) row.get("cells")) {
            texts.add(((String) cell.get("text")).replace('\u00a0', ' '));
        }
        return texts;
    }

    private ResultActions api(String user, String url) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, "demo"))).andExpect(status().isOk());
    }

    private static Map<String, Object> json(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$");
    }

    private String raise(String organisation, boolean urgent, String areas) throws Exception {
        String body = mvc.perform(post("/api/v1/concerns")
                        .with(httpBasic("skola", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"subjectName": "Testbarn Lägesbild", "worry": "Oro", "problemAreas": [%s],
                                 "urgent": %s, "mandatoryReport": "FILED", "reporterOrganisation": "%s",
                                 "reporterContact": "kontakt@example.se"}""".formatted(areas, urgent, organisation)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String activate(String concern, String caseManager) throws Exception {
        fx.concernCommand(
                concern,
                "activation",
                2,
                "\"caseManagerId\": \"" + fx.staffId(caseManager) + "\", \"reason\": \"Flera aktörer\"");
        return concern;
    }

    private void postJson(String user, String url, String body) throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
                        .with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated());
    }

    private void tick() {
        clock.advance(java.time.Duration.ofMinutes(30));
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(STOCKHOLM).toInstant();
    }
}
