package se.traden.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import se.traden.organisation.MunicipalitySetup;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.support.CaseFixtures;
import se.traden.support.UiLogin;

/**
 * The records the access matrix's paths name, made once per test class through the application's own
 * commands, as the demo users would: a child with a case held by cm1 (so cm1 is involved and cm2 is not),
 * an identified concern raised by skola, and a record of every kind the paths reach under them. Path
 * variables are filled by name ({@code caseId}) or, where the name is ambiguous, by the collection
 * before it ({@code cases/id}).
 */
final class AccessWorld {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z0-9_./+-]+)}");
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final CaseFixtures cases;
    final Map<String, String> values = new LinkedHashMap<>();

    AccessWorld(MockMvc mvc, JdbcClient jdbc, MunicipalitySetup setup, UUID child, UUID secondChild, UUID thirdChild)
            throws Exception {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.cases = new CaseFixtures(mvc, jdbc);
        values.put("today", TODAY.toString());
        values.put("soon", TODAY.plusDays(30).toString());
        values.put("yesterday", TODAY.minusDays(1).toString());
        values.put("monthAgo", TODAY.minusMonths(1).toString());
        values.put("year", String.valueOf(TODAY.getYear()));
        values.put(
                "now",
                OffsetDateTime.now(ZoneId.of("Europe/Stockholm"))
                        .minusHours(2)
                        .withNano(0)
                        .toString());
        for (String user : Set.of("ic", "cm1", "cm2", "handlaggare", "gruppchef", "admin")) {
            values.put("staff." + user, cases.staffId(user).toString());
        }

        // The person register.
        values.put("child", child.toString());
        values.put("people/id", child.toString());
        values.put("childId", child.toString());

        // A case held by cm1, from a concern skola raised; and a second concern, identified, not decided.
        String caseId = cases.anActivatedCase(child, "cm1");
        values.put("case", caseId);
        values.put("cases/id", caseId);
        values.put("caseId", caseId);
        String concern = cases.identifiedConcernAbout(child, "Oro inför matrisen");
        values.put("concern", concern);
        values.put("concerns/id", concern);
        values.put("concernId", concern);
        values.put("concern.version", "2");

        // A second case of cm1's, closed into maintaining contact (set directly: closing through the
        // application needs a finished plan), with a follow-up planned.
        String maintained = cases.anActivatedCase(secondChild, "cm1");
        jdbc.sql("""
                        update collab_case set status = 'MAINTENANCE', phase = 'MAINTENANCE', closed_at = now(),
                          maintenance_until = ? where id = ?::uuid""").params(TODAY.plusMonths(4), maintained).update();
        values.put("maintained", maintained);

        // Under the case.
        created("cm1", "/api/v1/cases/" + maintained + "/follow-ups", """
                {"dueOn": "%s", "what": "Samtal med familjen"}""".formatted(TODAY.plusDays(30)));
        values.put("followUpId", one("select id from case_follow_up where case_id = ?::uuid", maintained));
        values.put("follow-ups/id", values.get("followUpId"));
        created("cm1", "/api/v1/cases/" + caseId + "/consents", """
                {"givers": ["%s"], "categories": ["SCHOOL"], "recipients": [{"organisation": "Sjöskolan",
                 "kind": "SCHOOL"}], "purpose": "Samordna stödet", "givenOn": "%s", "method": "WRITTEN"}""".formatted(child, TODAY));
        values.put("consentId", one("select id from consent where case_id = ?::uuid", caseId));
        created("cm1", "/api/v1/cases/" + caseId + "/investigations", """
                {"diaryNumber": "SN-2026-9", "caseOfficerId": "%s", "openedOn": "%s"}""".formatted(
                        cases.staffId("handlaggare"), TODAY.minusDays(5)));
        values.put("investigationId", one("select id from investigation where case_id = ?::uuid", caseId));
        created("cm1", "/api/v1/cases/" + caseId + "/escalations", """
                {"counterpart": "Sjöskolan", "question": "Schemat anpassas inte"}""");
        values.put("escalationId", one("select id from escalation where case_id = ?::uuid", caseId));
        created("cm1", "/api/v1/cases/" + caseId + "/group/actors", """
                {"organisation": "Fritidsgården", "functionName": "Fritidsledare", "task": "Kvällarna",
                 "mandate": "Aktiviteter", "joinedOn": "%s"}""".formatted(TODAY.minusDays(3)));
        values.put("actorId", one("select id from group_actor where case_id = ?::uuid", caseId));
        created("cm1", "/api/v1/cases/" + caseId + "/group/meetings", """
                {"heldAt": "%s", "agenda": "Läget", "attendees": "Familjen, skolan", "childAttends": true,
                 "familyAttends": true, "familyChoseAttendees": true, "childPreparation": "Dagordningen dagen före"}""".formatted(values.get("now")));
        values.put("meetingId", one("select id from group_meeting where case_id = ?::uuid", caseId));
        created("cm1", "/api/v1/cases/" + caseId + "/instruments", """
                {"instrument": "ESTER", "usedOn": "%s", "chosenBy": "Case manager", "why": "Konflikter",
                 "reading": "Förhöjd risk", "complementedBy": "Samtal med familjen"}""".formatted(TODAY.minusDays(2)));
        values.put("useId", one("select id from instrument_use where case_id = ?::uuid", caseId));
        created("cm1", "/api/v1/cases/" + maintained + "/reviews", """
                {"heldOn": "%s", "whatWorked": "Täta kontakter", "doAgain": "Tidig samverkan",
                 "avoid": "Väntan", "missedSignals": "Inga"}""".formatted(TODAY));
        values.put("reviewId", one("select id from after_action_review where case_id = ?::uuid", maintained));
        form(
                "cm1",
                "/cases/" + caseId + "/plan/revisions",
                fields(
                        "basedOn", "0",
                        "summary", "Planen gjord",
                        "reason", "Första mötet",
                        "goals[0].lifeArea", "SCHOOL_OR_OCCUPATION",
                        "goals[0].aim", "Gå till skolan varje dag",
                        "goals[0].actions[0].what", "Möte med mentorn",
                        "goals[0].actions[0].whoStaffId", cases.staffId("cm1").toString(),
                        "goals[0].actions[0].byWhen", TODAY.plusDays(7).toString(),
                        "goals[0].followUps[0]", TODAY.plusDays(30).toString(),
                        "childView", "Jag vill må bättre i skolan.",
                        "difficultiesPlan", "Ring kontaktpersonen när det börjar gå snett."));
        values.put("number", "1");
        // An emergency access of cm2's to a third case of cm1's, so that cm2 stays outside the first two.
        String third = cases.anActivatedCase(thirdChild, "cm1");
        values.put("third", third);
        created("cm2", "/api/v1/cases/" + third + "/emergency-access", """
                {"reason": "Barnet är försvunnet och case managern nås inte"}""");
        String access = one("select id from emergency_access where case_id = ?::uuid", third);
        values.put("emergency-accesses/id", access);
        values.put("accessId", access);

        // Under the concern: an inquiry of the early gathering.
        command("ic", "/api/v1/concerns/" + concern + "/gathering", "{\"version\": 2}", 200);
        command("ic", "/api/v1/concerns/" + concern + "/inquiries", """
                {"version": 3, "actorOrganisation": "Sjöskolan", "actorKind": "SCHOOL", "actorFunction": "Rektor",
                 "question": "Har ni en elev med hög frånvaro?", "basis": "DE_IDENTIFIED", "categories": ["SCHOOL"]}""", 201);
        values.put("inquiryId", one("select id from concern_inquiry where concern_id = ?::uuid", concern));

        // Quality: a deviation with an action of cm1, a risk, a steering report.
        String deviation = created("cm1", "/api/v1/quality/deviations", """
                {"whatHappened": "Återkopplingen dröjde", "affected": "DEADLINE"}""");
        values.put("deviations/id", deviation);
        command("gruppchef", "/api/v1/quality/deviations/" + deviation + "/analysis", """
                {"version": 0, "causes": "Hög belastning"}""", 200);
        command(
                "gruppchef",
                "/api/v1/quality/deviations/" + deviation + "/actions",
                """
                {"version": 1, "what": "Bevaka fristen", "ownerId": "%s", "dueOn": "%s"}""".formatted(cases.staffId("cm1"), TODAY.plusDays(14)),
                200);
        values.put("deviation.version", "2");
        values.put("actionId", one("select id from deviation_action where deviation_id = ?::uuid", deviation));
        values.put("risks/id", created("gruppchef", "/api/v1/quality/risks", """
                {"title": "Fristen missas", "description": "Vid högt inflöde", "processStep": "DEADLINE",
                 "likelihood": 3, "consequence": 3, "measures": "Bevakning", "owner": "INDIVIDUAL_COORDINATOR",
                 "reviewOn": "%s"}""".formatted(TODAY.plusMonths(1))));
        String report = created(
                "ic", "/api/v1/followup/steering-reports", """
                {"title": "Matrisens rapport", "from": "%s", "to": "%s"}""".formatted(TODAY.minusMonths(3), TODAY.minusDays(1)));
        values.put("steering-reports/id", report);
        values.put("styrrapporter/id", report);
        values.put("quality-reports/year", values.get("year"));
        values.put("kvalitetsberattelse/year", values.get("year"));

        // Others.
        values.put("consultations/id", created("ic", "/api/v1/consultations", """
                {"heldOn": "%s", "askerKind": "SCHOOL", "askerFunction": "Kurator",
                 "problemAreas": ["MENTAL_ILL_HEALTH"], "situation": "Ett läge", "advice": "Ett råd",
                 "mayLeadToConcern": false}""".formatted(TODAY)));
        String reference = one("select reference from collab_case where id = ?::uuid", caseId);
        values.put("holds/id", created("ic", "/api/v1/retention/holds", """
                {"recordType": "CASE", "reference": "%s", "reason": "Tillsyn pågår"}""".formatted(reference)));
        values.put("rules/type", "CLOSED_CASE");
        // Reminders come from the scheduled scans, which do not run in the tests: one of each, as the scans
        // would write them, for the coordinator's concern and cm1's follow-up.
        String reminder = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into reminder (id, municipality_id, concern_id, concern_reference, kind, state, due_at,
                          addressed_to, created_at)
                        select ?::uuid, municipality_id, id, reference, 'FEEDBACK', 'DUE_SOON', now() + interval '1 day',
                          'INDIVIDUAL_COORDINATOR', now() from concern where id = ?::uuid""").params(reminder, concern).update();
        values.put("reminders/id", reminder);
        String followUpReminder = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into follow_up_reminder (id, municipality_id, follow_up_id, case_id, case_reference, due_on,
                          state, created_at)
                        select ?::uuid, f.municipality_id, f.id, f.case_id, c.reference, f.due_on, 'DUE', now()
                        from case_follow_up f join collab_case c on c.id = f.case_id where f.id = ?::uuid""").params(followUpReminder, values.get("followUpId")).update();
        values.put("follow-up-reminders/id", followUpReminder);
        values.put("function", "individual-coordinator");

        // The organisation: a staff member of the matrix's own with a function and an account, so that
        // no demo user gains or loses anything.
        MunicipalityId sjostad = setup.municipality("sjostad").orElseThrow();
        var unit = setup.createUnit(sjostad, "Matrisenheten " + UUID.randomUUID(), true);
        var function = setup.createFunction(
                sjostad,
                FunctionType.CASE_MANAGER,
                "Matrisens case manager " + UUID.randomUUID(),
                unit,
                null,
                "matris@sjostad.example");
        var staff = setup.createStaff(sjostad, "Matris Testsson", null, null, Set.of());
        setup.assign(sjostad, staff, function, TODAY.minusYears(1), null);
        jdbc.sql("insert into account (staff_id, municipality_id, username, password_hash) values (?, ?, ?, ?)")
                .params(staff.value(), sjostad.value(), "matris-" + UUID.randomUUID(), "{noop}x")
                .update();
        values.put("staff/id", staff.value().toString());
        values.put("staffId", staff.value().toString());
        values.put("units/id", unit.value().toString());
        values.put("functions/id", function.value().toString());
        values.put("function.fixture", function.value().toString());
        values.put(
                "assignments/id",
                one(
                        "select id from function_assignment where staff_id = ?::uuid",
                        staff.value().toString()));
        values.put(
                "reporting-organisations/id",
                one(
                        "select id from reporting_organisation where municipality_id = ?::uuid limit 1",
                        sjostad.value().toString()));
    }

    /** The path with the fixtures in its variables; {@code random} puts fresh random ids in the UUID ones. */
    String path(String pattern, boolean random) {
        return path(pattern, Map.of(), random);
    }

    /**
     * The path with the fixtures in its variables, where {@code with} names another fixture for a
     * variable ({@code caseId: maintained}); {@code random} puts fresh random ids in the UUID ones.
     */
    String path(String pattern, Map<String, String> with, boolean random) {
        if (!pattern.contains("{")) {
            return pattern;
        }
        String[] segments = pattern.split("/");
        var path = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            path.append('/');
            if (!(segment.startsWith("{") && segment.endsWith("}"))) {
                path.append(segment);
                continue;
            }
            String inner = segment.substring(1, segment.length() - 1);
            String name = inner.contains(":") ? inner.substring(0, inner.indexOf(':')) : inner;
            String value =
                    with.containsKey(name) ? values.get(with.get(name)) : values.get(segments[i - 1] + "/" + name);
            if (value == null) {
                value = values.get(name);
            }
            if (value == null && inner.contains(":")) {
                value = inner.substring(inner.indexOf(':') + 1).split("\\|")[0];
            }
            if (value == null) {
                throw new IllegalStateException("no fixture for {" + name + "} in " + pattern);
            }
            if (random && isUuid(value)) {
                value = UUID.randomUUID().toString();
            }
            path.append(value);
        }
        return path.toString();
    }

    /** The text with its {@code ${name}} placeholders filled. */
    String fill(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("no fixture for ${" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return value.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String one(String sql, String param) {
        return jdbc.sql(sql.replace("limit 1", "") + " order by 1 limit 1")
                .param(param)
                .query((rs, n) -> rs.getString(1))
                .single();
    }

    private String created(String user, String path, String json) throws Exception {
        MockHttpServletResponse response = send(user, path, json);
        if (response.getStatus() != 201) {
            throw new IllegalStateException("fixture " + path + " as " + user + " with " + json + ": "
                    + response.getStatus() + " " + response.getContentAsString());
        }
        return JsonPath.read(response.getContentAsString(), "$.id").toString();
    }

    private void command(String user, String path, String json, int expected) throws Exception {
        MockHttpServletResponse response = send(user, path, json);
        if (response.getStatus() != expected) {
            throw new IllegalStateException("fixture " + path + " as " + user + ": " + response.getStatus() + " "
                    + response.getContentAsString());
        }
    }

    private static Map<String, String> fields(String... namesAndValues) {
        var fields = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private void form(String user, String path, Map<String, String> fields) throws Exception {
        var request = post(path).with(UiLogin.as(mvc, user)).with(csrf());
        fields.forEach(request::param);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        if (response.getStatus() != 302) {
            throw new IllegalStateException("fixture " + path + " as " + user + ": " + response.getStatus() + " "
                    + response.getContentAsString().replaceAll("\\s+", " "));
        }
    }

    private MockHttpServletResponse send(String user, String path, String json) throws Exception {
        return mvc.perform(post(path)
                        .with(UiLogin.as(mvc, user))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn()
                .getResponse();
    }
}
