package se.traden.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import se.traden.support.CaseFixtures;
import se.traden.support.IntegrationTest;
import se.traden.support.TestNumbers;
import se.traden.support.UiLogin;

/**
 * Stored cross-site scripting: markup stored through the API in the free-text fields the pages show
 * (the worry of a concern and who raised it, names of children, staff, units and reporting
 * organisations, plan goals and actions, contact notes, check-in texts, deviations) comes back on every
 * page that shows it as text, escaped, never as markup.
 */
class StoredXssTest extends IntegrationTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMAGE = "\"><img src=x onerror=alert(1)>";
    private static final String PAYLOAD = SCRIPT + IMAGE;
    private static final String SCRIPT_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final String IMAGE_ESCAPED = "&lt;img src=x onerror=alert(1)&gt;";

    private final List<String> shownEscaped = new ArrayList<>();
    private final List<String> raw = new ArrayList<>();

    @Test
    void markupInEveryFreeTextFieldIsShownAsText() throws Exception {
        var cases = new CaseFixtures(mvc, jdbc);
        String tag = UUID.randomUUID().toString().substring(0, 6);

        // A child with markup in its names, and a case about it.
        String child = created(
                "ic",
                "/api/v1/people/children",
                Map.of(
                        "givenNames",
                        PAYLOAD,
                        "familyName",
                        "Xss" + tag,
                        "identityKind",
                        "PERSONAL_NUMBER",
                        "personalNumber",
                        TestNumbers.child()));
        String caseId = cases.anActivatedCase(UUID.fromString(child), "cm1");
        pages(
                "child's names",
                List.of(page("ic", "/people/" + child), page("cm1", "/cases/" + caseId), page("cm1", "/cases")));

        // A concern with markup in what the reporter writes.
        String concern = created(
                "skola",
                "/api/v1/concerns",
                Map.of(
                        "subjectName", PAYLOAD + " namn",
                        "worry", PAYLOAD + " oro",
                        "problemAreas", List.of("CRIME"),
                        "mandatoryReport", "FILED",
                        "reporterOrganisation", PAYLOAD + " skola",
                        "reporterContact", PAYLOAD + " kontakt"));
        pages(
                "concern texts",
                List.of(
                        page("ic", "/concerns/" + concern),
                        page("ic", "/concerns/inbox"),
                        page("skola", "/concerns/mine")));

        // The plan: goal, action, views, summary and reason.
        LocalDate later = LocalDate.now().plusDays(20);
        var goal = new LinkedHashMap<String, Object>();
        goal.put("lifeArea", "SCHOOL_OR_OCCUPATION");
        goal.put("aim", PAYLOAD + " mål");
        goal.put(
                "actions",
                List.of(Map.of("what", PAYLOAD + " vad", "who", PAYLOAD + " vem", "byWhen", later.toString())));
        goal.put("followUps", List.of(later.toString()));
        var plan = new LinkedHashMap<String, Object>();
        plan.put("basedOn", 0);
        plan.put("summary", PAYLOAD + " sammanfattning");
        plan.put("reason", PAYLOAD + " skäl");
        plan.put("goals", List.of(goal));
        plan.put("childView", PAYLOAD + " barnets röst");
        plan.put("guardianViews", List.of());
        created("cm1", "/api/v1/cases/" + caseId + "/plan/revisions", plan);
        pages("plan texts", List.of(page("cm1", "/cases/" + caseId + "/plan")));

        // A contact note and a check-in.
        created(
                "cm1",
                "/api/v1/cases/" + caseId + "/contacts",
                Map.of(
                        "occurredAt",
                        OffsetDateTime.now().minusHours(1).withNano(0).toString(),
                        "kind",
                        "HOME_VISIT",
                        "withWhom",
                        List.of("CHILD"),
                        "note",
                        PAYLOAD + " anteckning"));
        pages("contact note", List.of(page("cm1", "/cases/" + caseId + "/contacts")));
        created(
                "ic",
                "/api/v1/cases/" + caseId + "/check-ins",
                Map.of(
                        "heldOn", LocalDate.now().toString(),
                        "riskAndNeeds", PAYLOAD + " risk",
                        "obstacles", PAYLOAD + " hinder",
                        "workloadManageable", false,
                        "workloadNote", PAYLOAD + " belastning"));
        pages("check-in texts", List.of(page("ic", "/cases/" + caseId + "/check-ins")));

        // A deviation.
        String deviation = created(
                "cm1",
                "/api/v1/quality/deviations",
                Map.of("whatHappened", PAYLOAD + " avvikelse", "affected", "DEADLINE"));
        pages(
                "deviation text",
                List.of(
                        page("gruppchef", "/quality/deviations/" + deviation),
                        page("gruppchef", "/quality/deviations")));

        // Names in the organisation.
        String staff = created(
                "admin",
                "/api/v1/organisation/staff",
                Map.of("name", PAYLOAD + " personal " + tag, "email", "xss" + tag + "@sjostad.example"));
        created(
                "admin",
                "/api/v1/organisation/units",
                Map.of("name", PAYLOAD + " enhet " + tag, "withinSocialServices", true));
        created(
                "admin",
                "/api/v1/organisation/reporting-organisations",
                Map.of("name", PAYLOAD + " organisation " + tag, "kind", "CIVIL_SOCIETY"));
        pages(
                "organisation names",
                List.of(
                        page("admin", "/organisation"),
                        page("admin", "/organisation/staff"),
                        page("admin", "/organisation/staff/" + staff)));

        System.out.printf("Stored XSS: %d pages showed the markup escaped%n", shownEscaped.size());
        assertThat(raw).as("pages that show stored markup as markup").isEmpty();
    }

    private record Page(String user, String path) {}

    private static Page page(String user, String path) {
        return new Page(user, path);
    }

    /** Each page opens, shows none of the markup as markup, and at least one shows it escaped. */
    private void pages(String what, List<Page> pages) throws Exception {
        boolean escapedSomewhere = false;
        for (Page page : pages) {
            MockHttpServletResponse response = mvc.perform(get(page.path()).with(UiLogin.as(mvc, page.user())))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(page.path()).isEqualTo(200);
            String html = response.getContentAsString();
            if (html.contains(SCRIPT) || html.contains("<img src=x onerror=alert(1)>")) {
                raw.add(what + " on " + page.path());
            }
            if (html.contains(SCRIPT_ESCAPED) && html.contains(IMAGE_ESCAPED)) {
                escapedSomewhere = true;
                shownEscaped.add(page.path());
            }
        }
        assertThat(escapedSomewhere)
                .as("%s shown escaped on one of %s", what, pages)
                .isTrue();
    }

    private String created(String user, String path, Map<String, ?> body) throws Exception {
        MockHttpServletResponse response = mvc.perform(post(path)
                        .with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(HostileJson.write(body)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus())
                .as("%s %s: %s", path, body, response.getContentAsString())
                .isEqualTo(201);
        String json = response.getContentAsString();
        Map<String, Object> answer = json.isEmpty() ? Map.of() : JsonPath.read(json, "$");
        return answer.get("id") == null ? null : answer.get("id").toString();
    }
}
