package se.traden.retention;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import se.traden.organisation.FunctionId;
import se.traden.organisation.MunicipalitySettings;
import se.traden.organisation.MunicipalitySetup;
import se.traden.organisation.UnitId;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.StaffId;
import se.traden.support.TestNumbers;

/**
 * A municipality of its own for a retention test, so that thinning far into the future touches nothing
 * the other tests made: a coordinator, a case manager, a group manager, a log auditor and an
 * administrator (password "demo"), and the children and records the test gives it.
 */
final class RetentionWorld {
    private static final AtomicInteger NUMBER = new AtomicInteger();

    final MockMvc mvc;
    final JdbcClient jdbc;
    final String code;
    final UUID municipality;
    final Map<FunctionType, String> users;
    final Map<FunctionType, UUID> staff;

    private RetentionWorld(
            MockMvc mvc,
            JdbcClient jdbc,
            String code,
            UUID municipality,
            Map<FunctionType, String> users,
            Map<FunctionType, UUID> staff) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.code = code;
        this.municipality = municipality;
        this.users = users;
        this.staff = staff;
    }

    static RetentionWorld create(
            MockMvc mvc,
            JdbcClient jdbc,
            MunicipalitySetup setup,
            PasswordEncoder passwords,
            TransactionTemplate transaction) {
        String code = "gallring" + ProcessHandle.current().pid() + "x" + NUMBER.incrementAndGet();
        Map<FunctionType, String> users = new java.util.EnumMap<>(FunctionType.class);
        Map<FunctionType, UUID> staff = new java.util.EnumMap<>(FunctionType.class);
        String hash = passwords.encode("demo");
        MunicipalityId municipality = transaction.execute(status -> {
            MunicipalityId m = setup.createMunicipality(code, "Gallringsby " + code, MunicipalitySettings.defaults());
            UnitId unit = setup.createUnit(m, "Enheten för individsamverkan", true);
            for (FunctionType type : Set.of(
                    FunctionType.INDIVIDUAL_COORDINATOR,
                    FunctionType.CASE_MANAGER,
                    FunctionType.GROUP_MANAGER,
                    FunctionType.LOG_AUDITOR,
                    FunctionType.ADMINISTRATOR)) {
                boolean inUnit = type == FunctionType.INDIVIDUAL_COORDINATOR
                        || type == FunctionType.CASE_MANAGER
                        || type == FunctionType.GROUP_MANAGER;
                FunctionId function = setup.createFunction(
                        m,
                        type,
                        type.name().toLowerCase(java.util.Locale.ROOT) + " " + code,
                        inUnit ? unit : null,
                        null,
                        type.name().toLowerCase(java.util.Locale.ROOT) + "@" + code + ".example");
                StaffId member = setup.createStaff(m, "Personal " + type.name(), null, null, Set.of());
                setup.assign(m, member, function, LocalDate.now().minusYears(1), null);
                String username = code + "-"
                        + type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                jdbc.sql("insert into account (staff_id, municipality_id, username, password_hash) values (?, ?, ?, ?)")
                        .params(member.value(), m.value(), username, hash)
                        .update();
                users.put(type, username);
                staff.put(type, member.value());
            }
            return m;
        });
        return new RetentionWorld(mvc, jdbc, code, municipality.value(), users, staff);
    }

    String ic() {
        return users.get(FunctionType.INDIVIDUAL_COORDINATOR);
    }

    String admin() {
        return users.get(FunctionType.ADMINISTRATOR);
    }

    UUID icStaff() {
        return staff.get(FunctionType.INDIVIDUAL_COORDINATOR);
    }

    UUID cmStaff() {
        return staff.get(FunctionType.CASE_MANAGER);
    }

    ResultActions api(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }

    ResultActions post(String user, String path, String json) throws Exception {
        return api(
                user,
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json));
    }

    /** A child registered through the API by the coordinator, born on the day, with a name that carries the marker. */
    UUID child(LocalDate birth, String marker) throws Exception {
        String body = post(ic(), "/api/v1/people/children", """
                        {"givenNames": "%s", "familyName": "Barnsson", "identityKind": "PERSONAL_NUMBER",
                         "personalNumber": "%s"}""".formatted(marker, TestNumbers.bornOn(birth)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        UUID child = UUID.fromString(JsonPath.read(body, "$.id"));
        jdbc.sql("update person set phone = '0701234567', email = ?, address = ? where id = ?")
                .params(marker + "@hemma.example", "Gatan 1 " + marker, child)
                .update();
        return child;
    }

    /** A guardian of the child, registered through the API with contact details that carry the marker. */
    UUID guardianOf(UUID child, String marker) throws Exception {
        String body = post(ic(), "/api/v1/people/" + child + "/relations", """
                        {"relation": "GUARDIAN", "person": {"givenNames": "%s", "familyName": "Vårdnadshavare",
                         "dateOfBirth": "1984-02-03", "phone": "0707654321", "address": "Vägen 2 %s"}}""".formatted(marker, marker))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    /** A concern raised and triaged through the API by the coordinator; returns its id. */
    String triagedConcern(String marker, Integer birthYear) throws Exception {
        String concern = JsonPath.read(
                post(ic(), "/api/v1/concerns", """
                                {"subjectName": "%s", "subjectBirthYear": %s, "subjectSchool": "Skolan %s",
                                 "worry": "Oro %s", "problemAreas": ["SCHOOL_ABSENCE"], "urgent": false,
                                 "mandatoryReport": "NOT_APPLICABLE", "mandatoryReportReason": "Skäl %s",
                                 "reporterOrganisation": "Gallringsskolan", "reporterFunction": "Kurator",
                                 "reporterName": "Anmälare %s", "reporterContact": "%s@skolan.example"}""".formatted(marker, birthYear, marker, marker, marker, marker, marker))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        command(concern, "triage", 0, "\"complexity\": \"MEDIUM\", \"valuation\": \"Värdering " + marker + "\"");
        return concern;
    }

    void command(String concern, String command, long version, String fields) throws Exception {
        post(ic(), "/api/v1/concerns/" + concern + "/" + command, "{\"version\": " + version + ", " + fields + "}")
                .andExpect(status().isOk());
    }

    /** A concern about the child, identified and left with the line, through the API. */
    String concernLeftWithLine(UUID child, String marker) throws Exception {
        String concern = triagedConcern(marker, null);
        command(concern, "identification", 1, "\"personId\": \"" + child + "\"");
        command(
                concern,
                "line-decision",
                2,
                "\"receivingUnit\": \"Elevhälsan " + marker + "\", \"advice\": \"Råd " + marker
                        + "\", \"reason\": \"Skäl " + marker + "\"");
        return concern;
    }

    /** A concern whose child was never identified, closed as simple through the API. */
    String unidentifiedConcern(String marker, Integer birthYear) throws Exception {
        String concern = triagedConcern(marker, birthYear);
        command(concern, "simple-closure", 1, "\"text\": \"Råd " + marker + "\"");
        return concern;
    }

    String consultation(String marker) throws Exception {
        return JsonPath.read(
                post(ic(), "/api/v1/consultations", """
                                {"heldOn": "%s", "askerKind": "SCHOOL", "askerFunction": "Kurator",
                                 "problemAreas": ["MENTAL_ILL_HEALTH"], "situation": "Situation %s",
                                 "advice": "Råd %s", "mayLeadToConcern": false}""".formatted(LocalDate.now(), marker, marker))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    /** A fresh marker: a word that appears nowhere but in the texts given it. */
    static String marker() {
        return "Hemligt" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    }
}
