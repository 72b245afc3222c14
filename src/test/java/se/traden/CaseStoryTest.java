package se.traden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.traden.support.CaseFixtures;
import se.traden.support.IntegrationTest;
import se.traden.support.MutableClock;
import se.traden.support.MutableClockConfiguration;

/**
 * One child's case told from the first worry to closure and back, through the API only and each step
 * by the person who takes it (HTTP Basic as the demo users), on a clock the story moves by hand:
 *
 * <ol>
 *   <li>the school counsellor raises a concern about a 17-year-old; the coordinator triages, identifies
 *       and activates it with Cem (cm1), and the case is on Cem's list;
 *   <li>the case flags the 18th birthday two months ahead;
 *   <li>the child and the mother consent to sharing with the school and the police, then take the police
 *       back: the case still works on consent, the school on it, the police on nothing;
 *   <li>the plan is made and revised once, and the two versions compared;
 *   <li>contacts are logged in two weeks and counted week by week;
 *   <li>the coordinator's check-in is held on the day it is due, the next one is missed and shows as
 *       overdue to the coordinator (with the child's name) and the group manager (without);
 *   <li>the case moves to the change phase and back, each move with its reason;
 *   <li>the social-services investigation beside the case closes without an intervention: a risk signal
 *       for the coordinator; the case officer reads the investigation and nothing else of the case;
 *   <li>a disagreement with the school climbs to the group manager, who then reads the case but cannot
 *       change it;
 *   <li>closure is refused until every goal is evaluated and a plan for difficulties exists, then the
 *       case closes with Cem as maintaining contact for three months;
 *   <li>the coordinator and Cem review what they learnt, with the family's view since they agreed;
 *   <li>a month later the school worries again: the coordinator re-engages the same case, back with Cem,
 *       one history from opening to re-engagement;
 *   <li>the access log holds the reads and writes of the child's data by everyone who took part.
 * </ol>
 */
@Import(MutableClockConfiguration.class)
class CaseStoryTest extends IntegrationTest {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final String CHILD_NAME = "Testbarn Fixtur";
    static final String CEM = "Cem Demir";

    @Autowired
    MutableClock clock;

    CaseFixtures fx;
    LocalDate dayZero;

    @BeforeEach
    void aFixedMorning() {
        fx = new CaseFixtures(mvc, jdbc);
        dayZero = LocalDate.now(STOCKHOLM);
        itIsNow(0, "09:30");
    }

    @AfterEach
    void backToThePresent() {
        clock.reset();
    }

    @Test
    void aChildsCaseFromTheFirstWorryToClosureAndBack() throws Exception {
        // 1. A concern from the school about a child who is 17 and ten months; the coordinator activates it.
        LocalDate born = dayZero.minusYears(18).plusMonths(2);
        UUID child = registeredChildBornOn(born);
        String concern = aSchoolRaisesAConcernAbout("Kommer sällan till skolan och ses med äldre ungdomar sent");
        theCoordinatorTriagesAndIdentifies(concern, child);
        String caseId = theCoordinatorActivates(concern, "cm1");
        theCase("cm1", caseId)
                .andExpect(jsonPath("$.personId").value(child.toString()))
                .andExpect(jsonPath("$.originConcernId").value(concern))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.phase").value("EXPLORING"))
                .andExpect(jsonPath("$.intensive").value(true))
                .andExpect(jsonPath("$.caseManagerName").value(CEM))
                .andExpect(jsonPath("$.history[0].type").value("OPENED"));

        // 2. The 18th birthday is flagged ahead of time, on the case and in Cem's list.
        String eighteenth = born.plusYears(18).toString();
        theCase("cm1", caseId).andExpect(jsonPath("$.turns18On").value(eighteenth));
        as("cm1", get("/api/v1/cases"))
                .andExpect(jsonPath("$[?(@.id == '" + caseId + "')].turns18On").value(contains(eighteenth)));

        // 3. Consent from the child and the mother, then partly withdrawn: the police no longer.
        theConsents(caseId).andExpect(jsonPath("$.mode").value("INTERNAL_COORDINATION"));
        UUID mother = theCaseManagerRegistersAGuardian(child, "Anna");
        String consent = theChildAndTheGuardianConsent(caseId, child, mother);
        theConsents(caseId)
                .andExpect(jsonPath("$.mode").value("CONSENT"))
                .andExpect(jsonPath("$.actors[*].basis").value(contains("CONSENT", "CONSENT")));
        String police = recipientId(caseId, consent, "Polisen");
        theGuardianWithdrawsTheConsentFor(caseId, consent, police);
        theConsents(caseId)
                .andExpect(jsonPath("$.mode").value("CONSENT"))
                .andExpect(jsonPath("$.consents[0].status").value("PARTLY_WITHDRAWN"))
                .andExpect(jsonPath("$.actors[?(@.organisation == 'Sjöskolan')].basis")
                        .value(contains("CONSENT")))
                .andExpect(jsonPath("$.actors[?(@.organisation == 'Sjöskolan')].categories[*]")
                        .value(containsInAnyOrder("SCHOOL", "FAMILY")))
                .andExpect(jsonPath("$.actors[?(@.organisation == 'Polisen')].basis")
                        .value(contains("NONE")));

        // 4. The plan, and a second version made from the first; the comparison shows what changed.
        Map<String, String> first = theFirstPlan(caseId, mother);
        Map<String, String> second = theSecondPlan(caseId, first);
        as("cm1", get(plan(caseId) + "/compare").param("from", "1").param("to", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(1))
                .andExpect(jsonPath("$.to").value(2))
                .andExpect(jsonPath("$.goals[?(@.lifeArea == 'SCHOOL_OR_OCCUPATION')].kind")
                        .value(contains("CHANGED")))
                .andExpect(jsonPath("$.goals[?(@.lifeArea == 'SCHOOL_OR_OCCUPATION')].changes[*].field")
                        .value(contains("aim", "action.who")))
                .andExpect(jsonPath("$.goals[?(@.lifeArea == 'SCHOOL_OR_OCCUPATION')].changes[0].before")
                        .value(contains("Gå till skolan varje dag")))
                .andExpect(jsonPath("$.goals[?(@.lifeArea == 'SCHOOL_OR_OCCUPATION')].changes[0].after")
                        .value(contains("Gå till skolan minst fyra dagar i veckan")))
                .andExpect(jsonPath("$.goals[?(@.lifeArea == 'HEALTH')].kind").value(contains("ADDED")))
                .andExpect(jsonPath("$.plan[*].field").value(contains("childView")));

        // 5. Contacts in the first week and the second, counted week by week.
        itIsNow(0, "12:00");
        theCaseManagerLogsAContact(caseId, at(0, "10:15"), "PHYSICAL_MEETING", "CHILD", "Fika efter skolan");
        theCaseManagerLogsAContact(caseId, at(0, "11:40"), "PHONE", "GUARDIAN", "Pratade med mamma");
        itIsNow(7, "09:30");
        theCaseManagerLogsAContact(
                caseId, at(7, "08:50"), "ACCOMPANYING_TO_ACTIVITY", "CHILD", "Följde med till fotbollen");
        assertThat(contactsInTheWeekOf(caseId, dayZero)).isEqualTo(2);
        assertThat(contactsInTheWeekOf(caseId, day(7))).isEqualTo(1);
        assertThat(contactsInTheWeekOf(caseId, day(-7))).isZero();

        // 6. The weekly check-in is held on the day it falls due; the next is missed.
        theCheckIns(caseId)
                .andExpect(jsonPath("$.next.dueOn").value(day(7).toString()))
                .andExpect(jsonPath("$.next.overdue").value(false));
        theCoordinatorHoldsACheckIn(caseId, day(7));
        theCheckIns(caseId)
                .andExpect(jsonPath("$.checkIns.length()").value(1))
                .andExpect(jsonPath("$.next.dueOn").value(day(14).toString()))
                .andExpect(jsonPath("$.next.overdue").value(false));
        assertThat(overdueCheckIns("ic", caseId)).isEmpty();
        itIsNow(15, "09:30");
        theCheckIns(caseId)
                .andExpect(jsonPath("$.next.overdue").value(true))
                .andExpect(jsonPath("$.next.daysOverdue").value(1));
        assertThat(overdueCheckIns("ic", caseId))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("childName", CHILD_NAME)
                        .containsEntry("caseManagerName", CEM)
                        .containsEntry("lastCheckIn", day(7).toString())
                        .containsEntry("daysOverdue", 1));
        assertThat(overdueCheckIns("gruppchef", caseId))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("childName", null)
                        .containsEntry("caseManagerName", CEM)
                        .containsEntry("daysOverdue", 1));

        // 7. Into the change phase and back to exploring, each move with its reason.
        theCaseManagerMovesThePhase(caseId, "CHANGE", "Barnet vill själv ändra sin skolgång");
        theCaseManagerMovesThePhase(caseId, "EXPLORING", "Ny information om kamratkretsen behöver utforskas");
        theCase("cm1", caseId)
                .andExpect(jsonPath("$.phase").value("EXPLORING"))
                .andExpect(jsonPath("$.history[?(@.type == 'PHASE_CHANGED')].details.to")
                        .value(contains("CHANGE", "EXPLORING")))
                .andExpect(jsonPath("$.history[?(@.type == 'PHASE_CHANGED')].reason")
                        .value(contains(
                                "Barnet vill själv ändra sin skolgång",
                                "Ny information om kamratkretsen behöver utforskas")));

        // 8. The investigation beside the case closes without an intervention while the case goes on.
        String investigation = theCaseManagerLinksTheInvestigation(caseId, "handlaggare", day(2));
        theInvestigationClosesWithoutIntervention(caseId, investigation, day(15));
        assertThat(riskSignals(caseId)).contains("INVESTIGATION_CLOSED_WITHOUT_INTERVENTION", "CHECK_IN_OVERDUE");
        as("handlaggare", get("/api/v1/cases/" + caseId + "/investigations"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(investigation))
                .andExpect(jsonPath("$[0].status").value("CLOSED_WITHOUT_INTERVENTION"))
                .andExpect(jsonPath("$[0].caseOfficerName").value("Hanna Ek"));
        as("handlaggare", get("/api/v1/cases/" + caseId)).andExpect(status().isForbidden());

        // 9. A disagreement with the school climbs from the counterpart to the coordinator to the group
        // manager, who may then read the case — and still not change it.
        as("gruppchef", get("/api/v1/cases/" + caseId)).andExpect(status().isForbidden());
        String escalation = theCaseManagerEscalatesADisagreementWith(caseId, "Sjöskolan");
        theEscalationIsLiftedToTheGroupManager(caseId, escalation);
        theCase("gruppchef", caseId)
                .andExpect(jsonPath("$.id").value(caseId))
                .andExpect(jsonPath("$.history[*].type").value(hasItem("ESCALATED_TO_GROUP_MANAGER")));
        postJson(
                        "gruppchef",
                        "/api/v1/cases/" + caseId + "/phase",
                        "{\"version\": %d, \"phase\": \"CHANGE\", \"reason\": \"Gruppchefen vill\"}"
                                .formatted(caseVersion(caseId)))
                .andExpect(status().isForbidden());
        postJson("gruppchef", escalations(caseId, escalation) + "/outcome", """
                        {"version": 4, "outcome": "Skolchefen anpassar schemat", "settled": true}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SETTLED"))
                .andExpect(jsonPath("$.steps[*].level")
                        .value(contains("COUNTERPART", "INDIVIDUAL_COORDINATOR", "GROUP_MANAGER")));

        // 10. No closure until the goals are evaluated and difficulties planned for; then closure with
        // Cem as maintaining contact for three months.
        LocalDate maintainUntil = day(15).plusMonths(3);
        theCaseManagerClosesTheCase(caseId, maintainUntil)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("goals", "difficultiesPlan")));
        theGoalsAreEvaluatedWithAPlanForDifficulties(caseId, second);
        theCaseManagerClosesTheCase(caseId, maintainUntil)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MAINTENANCE"))
                .andExpect(jsonPath("$.maintenanceUntil").value(maintainUntil.toString()))
                .andExpect(jsonPath("$.caseManagerName").value(CEM));

        // 11. The after action review: the coordinator starts it, Cem completes it with the family's view.
        theAfterActionReviewIsHeld(caseId);

        // 12. A month later the school worries again: the same case comes back to Cem.
        itIsNow(45, "09:30");
        String newConcern = aSchoolRaisesAConcernAbout("Har slutat komma till skolan igen, mamma når inte fram");
        theCoordinatorTriagesAndIdentifies(newConcern, child);
        theCoordinatorReengages(caseId, newConcern, "Har slutat komma till skolan igen")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(caseId))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.caseManagerName").value(CEM))
                .andExpect(jsonPath("$.needsCaseManager").value(false))
                .andExpect(jsonPath("$.history[-1].details.concernId").value(newConcern));
        assertThat(historyOf(caseId)).containsSubsequence("OPENED", "PHASE_CHANGED", "CLOSED", "REENGAGED");
        assertThat(caseIdsOf("cm1")).containsOnlyOnce(caseId);
        as("ic", get("/api/v1/concerns/" + newConcern))
                .andExpect(jsonPath("$.status").value("ACTIVATED"))
                .andExpect(jsonPath("$.caseManagerId").value(fx.staffId("cm1").toString()));

        // 13. Everyone who took part left their reads and writes of the child's data in the access log.
        assertThat(jdbc.sql("""
                        select distinct username from access_log
                        where person_id = ? and action in ('READ', 'UPDATE') and outcome = 'ALLOWED'""").param(child).query(String.class).list())
                .contains("ic", "cm1", "handlaggare", "gruppchef");
    }

    // --- the clock ---

    LocalDate day(int n) {
        return dayZero.plusDays(n);
    }

    Instant at(int day, String time) {
        return day(day).atTime(LocalTime.parse(time)).atZone(STOCKHOLM).toInstant();
    }

    void itIsNow(int day, String time) {
        clock.set(at(day, time));
    }

    // --- from concern to case ---

    String aSchoolRaisesAConcernAbout(String worry) throws Exception {
        return read(
                postJson("skola", "/api/v1/concerns", """
                                {"subjectName": "%s", "worry": "%s", "problemAreas": ["SCHOOL_ABSENCE", "CRIME"],
                                 "mandatoryReport": "FILED", "reporterOrganisation": "Sjöskolan",
                                 "reporterFunction": "Elevhälsan", "reporterContact": "elevhalsan@sjoskolan.example"}""".formatted(CHILD_NAME, worry))
                        .andExpect(status().isCreated()),
                "$.id");
    }

    void theCoordinatorTriagesAndIdentifies(String concern, UUID child) throws Exception {
        concernCommand(concern, "triage", "\"complexity\": \"HIGH\", \"valuation\": \"Flera aktörer behövs\"");
        concernCommand(concern, "identification", "\"personId\": \"" + child + "\"");
    }

    /** Activates the concern with the case manager and finds the case it opened on that person's list. */
    String theCoordinatorActivates(String concern, String caseManager) throws Exception {
        List<String> before = caseIdsOf(caseManager);
        concernCommand(
                concern,
                "activation",
                "\"caseManagerId\": \"" + fx.staffId(caseManager) + "\", \"reason\": \"Skola, polis och familj\"");
        List<String> opened = new ArrayList<>(caseIdsOf(caseManager));
        opened.removeAll(before);
        assertThat(opened).as("the case opened on %s's list", caseManager).hasSize(1);
        return opened.getFirst();
    }

    void concernCommand(String concern, String command, String fields) throws Exception {
        postJson(
                        "ic",
                        "/api/v1/concerns/" + concern + "/" + command,
                        "{\"version\": " + fx.concernVersion(concern) + ", " + fields + "}")
                .andExpect(status().isOk());
    }

    List<String> caseIdsOf(String user) throws Exception {
        return JsonPath.read(body(as(user, get("/api/v1/cases")).andExpect(status().isOk())), "$[*].id");
    }

    ResultActions theCase(String user, String caseId) throws Exception {
        return as(user, get("/api/v1/cases/" + caseId)).andExpect(status().isOk());
    }

    long caseVersion(String caseId) throws Exception {
        return fx.caseVersion("ic", caseId);
    }

    List<String> historyOf(String caseId) throws Exception {
        return JsonPath.read(body(theCase("cm1", caseId)), "$.history[*].type");
    }

    // --- consent ---

    UUID theCaseManagerRegistersAGuardian(UUID child, String givenNames) throws Exception {
        return UUID.fromString(read(
                postJson("cm1", "/api/v1/people/" + child + "/relations", """
                                {"relation": "GUARDIAN", "person": {"givenNames": "%s", "familyName": "Fixtur",
                                 "dateOfBirth": "1984-09-12"}}""".formatted(givenNames))
                        .andExpect(status().isCreated()),
                "$.id"));
    }

    String theChildAndTheGuardianConsent(String caseId, UUID child, UUID guardian) throws Exception {
        return read(
                postJson("cm1", consents(caseId), """
                                {"givers": ["%s", "%s"], "categories": ["SCHOOL", "FAMILY"],
                                 "recipients": [{"organisation": "Sjöskolan", "kind": "SCHOOL"},
                                                {"organisation": "Polisen", "kind": "POLICE"}],
                                 "purpose": "Samordna stödet kring skolgång och fritid", "givenOn": "%s",
                                 "method": "WRITTEN"}""".formatted(child, guardian, dayZero))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.status").value("VALID"))
                        .andExpect(jsonPath("$.givers[*].role").value(containsInAnyOrder("CHILD", "GUARDIAN"))),
                "$.id");
    }

    String recipientId(String caseId, String consent, String organisation) throws Exception {
        List<String> ids = JsonPath.read(
                body(theConsents(caseId)),
                "$.consents[?(@.id == '" + consent + "')].recipients[?(@.organisation == '" + organisation + "')].id");
        assertThat(ids).hasSize(1);
        return ids.getFirst();
    }

    void theGuardianWithdrawsTheConsentFor(String caseId, String consent, String recipient) throws Exception {
        postJson("cm1", consents(caseId) + "/" + consent + "/withdrawal", """
                        {"communicatedBy": "Anna Fixtur, per telefon", "recipientIds": ["%s"],
                         "note": "Vill inte att polisen får uppgifter om familjen"}""".formatted(recipient))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PARTLY_WITHDRAWN"))
                .andExpect(jsonPath("$.withdrawals[0].whole").value(false));
    }

    ResultActions theConsents(String caseId) throws Exception {
        return as("cm1", get(consents(caseId))).andExpect(status().isOk());
    }

    static String consents(String caseId) {
        return "/api/v1/cases/" + caseId + "/consents";
    }

    // --- the plan ---

    /** The first plan: a school goal and a leisure goal; returns the ids the next revision builds on. */
    Map<String, String> theFirstPlan(String caseId, UUID mother) throws Exception {
        String body = body(revise(
                        caseId,
                        0,
                        "Planen gjord tillsammans med familjen",
                        "Första mötet",
                        """
                        [{"lifeArea": "SCHOOL_OR_OCCUPATION", "aim": "Gå till skolan varje dag",
                          "actions": [{"what": "Sällskap till bussen på morgonen", "who": "Mamma", "byWhen": "%s"}],
                          "followUps": ["%s"]},
                         {"lifeArea": "LEISURE", "aim": "Hitta en fritidsaktivitet",
                          "actions": [{"what": "Prova på fotboll", "who": "Testbarn", "byWhen": "%s"}]}]""".formatted(day(30), day(30), day(21)),
                        "\"Jag vill klara nian.\"",
                        "[{\"personId\": \"" + mother + "\", \"view\": \"Bra att skolan är med.\"}]",
                        null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.revision").value(1)));
        return Map.of(
                "school", JsonPath.read(body, "$.content.goals[0].id"),
                "bus", JsonPath.read(body, "$.content.goals[0].actions[0].id"),
                "leisure", JsonPath.read(body, "$.content.goals[1].id"),
                "football", JsonPath.read(body, "$.content.goals[1].actions[0].id"),
                "mother", mother.toString());
    }

    /** From the first: the school goal reworded and its action moved to the father; a health goal added. */
    Map<String, String> theSecondPlan(String caseId, Map<String, String> first) throws Exception {
        String body = body(revise(
                        caseId,
                        1,
                        "Skolmålet omformulerat, nytt hälsomål",
                        "Uppföljning efter två veckor",
                        """
                        [{"id": "%s", "lifeArea": "SCHOOL_OR_OCCUPATION", "aim": "Gå till skolan minst fyra dagar i veckan",
                          "actions": [{"id": "%s", "what": "Sällskap till bussen på morgonen", "who": "Pappa",
                                       "byWhen": "%s"}],
                          "followUps": ["%s"]},
                         {"id": "%s", "lifeArea": "LEISURE", "aim": "Hitta en fritidsaktivitet",
                          "actions": [{"id": "%s", "what": "Prova på fotboll", "who": "Testbarn", "byWhen": "%s"}]},
                         {"lifeArea": "HEALTH", "aim": "Sova bättre",
                          "actions": [{"what": "Besök hos skolsköterskan", "who": "Testbarn", "byWhen": "%s"}]}]""".formatted(
                                        first.get("school"),
                                        first.get("bus"),
                                        day(30),
                                        day(30),
                                        first.get("leisure"),
                                        first.get("football"),
                                        day(21),
                                        day(14)),
                        "\"Jag vill klara nian och sova mer.\"",
                        "[{\"personId\": \"" + first.get("mother") + "\", \"view\": \"Bra att skolan är med.\"}]",
                        null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.goalsEvaluated").value(false))
                .andExpect(jsonPath("$.difficultiesPlanExists").value(false)));
        var ids = new HashMap<>(first);
        ids.put("health", JsonPath.read(body, "$.content.goals[2].id"));
        ids.put("nurse", JsonPath.read(body, "$.content.goals[2].actions[0].id"));
        return ids;
    }

    /** The third revision: every goal evaluated and a plan for when things start to slip. */
    void theGoalsAreEvaluatedWithAPlanForDifficulties(String caseId, Map<String, String> ids) throws Exception {
        revise(
                        caseId,
                        2,
                        "Målen utvärderade, plan för svårigheter",
                        "Inför avslut",
                        """
                        [{"id": "%s", "lifeArea": "SCHOOL_OR_OCCUPATION", "aim": "Gå till skolan minst fyra dagar i veckan",
                          "actions": [{"id": "%s", "what": "Sällskap till bussen på morgonen", "who": "Pappa",
                                       "byWhen": "%s"}],
                          "followUps": ["%s"], "evaluated": true, "outcome": "Närvaron är nu över 90 procent"},
                         {"id": "%s", "lifeArea": "LEISURE", "aim": "Hitta en fritidsaktivitet",
                          "actions": [{"id": "%s", "what": "Prova på fotboll", "who": "Testbarn", "byWhen": "%s"}],
                          "evaluated": true, "outcome": "Tränar fotboll två kvällar i veckan"},
                         {"id": "%s", "lifeArea": "HEALTH", "aim": "Sova bättre",
                          "actions": [{"id": "%s", "what": "Besök hos skolsköterskan", "who": "Testbarn", "byWhen": "%s"}],
                          "evaluated": true, "outcome": "Somnar före elva de flesta kvällar"}]""".formatted(
                                        ids.get("school"),
                                        ids.get("bus"),
                                        day(30),
                                        day(30),
                                        ids.get("leisure"),
                                        ids.get("football"),
                                        day(21),
                                        ids.get("health"),
                                        ids.get("nurse"),
                                        day(14)),
                        "\"Jag vill klara nian och sova mer.\"",
                        "[{\"personId\": \"" + ids.get("mother") + "\", \"view\": \"Bra att skolan är med.\"}]",
                        "\"Om frånvaron kommer tillbaka ringer mentorn mamma samma dag och mamma ringer Cem.\"")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.revision").value(3))
                .andExpect(jsonPath("$.goalsEvaluated").value(true))
                .andExpect(jsonPath("$.difficultiesPlanExists").value(true));
    }

    ResultActions revise(
            String caseId,
            int basedOn,
            String summary,
            String reason,
            String goals,
            String childView,
            String guardianViews,
            String difficultiesPlan)
            throws Exception {
        return postJson("cm1", plan(caseId) + "/revisions", """
                {"basedOn": %d, "summary": "%s", "reason": "%s", "goals": %s, "childView": %s,
                 "guardianViews": %s, "difficultiesPlan": %s}""".formatted(
                        basedOn, summary, reason, goals, childView, guardianViews, difficultiesPlan));
    }

    static String plan(String caseId) {
        return "/api/v1/cases/" + caseId + "/plan";
    }

    // --- contacts and check-ins ---

    void theCaseManagerLogsAContact(String caseId, Instant at, String kind, String withWhom, String note)
            throws Exception {
        postJson("cm1", "/api/v1/cases/" + caseId + "/contacts", """
                        {"occurredAt": "%s", "kind": "%s", "withWhom": ["%s"], "note": "%s"}""".formatted(at, kind, withWhom, note))
                .andExpect(status().isCreated());
    }

    int contactsInTheWeekOf(String caseId, LocalDate date) throws Exception {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Integer> counts = JsonPath.read(
                body(as("cm1", get("/api/v1/cases/" + caseId + "/contacts")).andExpect(status().isOk())),
                "$.intensity[?(@.monday == '" + monday + "')].contacts");
        assertThat(counts).as("the week of %s", monday).hasSize(1);
        return counts.getFirst();
    }

    void theCoordinatorHoldsACheckIn(String caseId, LocalDate heldOn) throws Exception {
        postJson("ic", "/api/v1/cases/" + caseId + "/check-ins", """
                        {"heldOn": "%s", "riskAndNeeds": "Frånvaron minskar, kvällarna oroar",
                         "newActors": "Fotbollstränaren kan bli en viktig vuxen", "familyResources": "Mormor stöttar",
                         "workloadManageable": true, "obstacles": "Skolan svarar sent"}""".formatted(heldOn))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recordedInFunction").value("INDIVIDUAL_COORDINATOR"));
    }

    ResultActions theCheckIns(String caseId) throws Exception {
        return as("cm1", get("/api/v1/cases/" + caseId + "/check-ins")).andExpect(status().isOk());
    }

    List<Map<String, Object>> overdueCheckIns(String user, String caseId) throws Exception {
        return JsonPath.read(
                body(as(user, get("/api/v1/check-ins/overdue")).andExpect(status().isOk())),
                "$[?(@.caseId == '" + caseId + "')]");
    }

    // --- phases ---

    void theCaseManagerMovesThePhase(String caseId, String phase, String reason) throws Exception {
        postJson("cm1", "/api/v1/cases/" + caseId + "/phase", """
                        {"version": %d, "phase": "%s", "reason": "%s"}""".formatted(caseVersion(caseId), phase, reason))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phase").value(phase));
    }

    // --- the parallel investigation and the risk signals ---

    String theCaseManagerLinksTheInvestigation(String caseId, String caseOfficer, LocalDate openedOn) throws Exception {
        return read(
                postJson("cm1", "/api/v1/cases/" + caseId + "/investigations", """
                                {"diaryNumber": "SN-2026-4711", "caseOfficerId": "%s", "openedOn": "%s"}""".formatted(
                                        fx.staffId(caseOfficer), openedOn))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.status").value("OPENED")),
                "$.id");
    }

    void theInvestigationClosesWithoutIntervention(String caseId, String investigation, LocalDate on) throws Exception {
        postJson("cm1", "/api/v1/cases/" + caseId + "/investigations/" + investigation + "/status", """
                        {"version": 0, "status": "CLOSED_WITHOUT_INTERVENTION", "on": "%s",
                         "note": "Inga insatser beviljades, familjen tackade nej"}""".formatted(on))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.closedOn").value(on.toString()));
    }

    List<String> riskSignals(String caseId) throws Exception {
        return JsonPath.read(
                body(as("ic", get("/api/v1/risk-signals")).andExpect(status().isOk())),
                "$[?(@.caseId == '" + caseId + "')].kind");
    }

    // --- escalation ---

    String theCaseManagerEscalatesADisagreementWith(String caseId, String counterpart) throws Exception {
        String escalation = read(
                postJson("cm1", "/api/v1/cases/" + caseId + "/escalations", """
                                {"counterpart": "%s", "question": "Skolan vill inte anpassa schemat"}""".formatted(counterpart))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.currentLevel").value("COUNTERPART")),
                "$.id");
        postJson("cm1", escalations(caseId, escalation) + "/outcome", """
                        {"version": 0, "outcome": "Rektorn säger nej", "settled": false}""").andExpect(status().isOk());
        return escalation;
    }

    /** Cem lifts it to the coordinator, who cannot settle it either and lifts it to the group manager. */
    void theEscalationIsLiftedToTheGroupManager(String caseId, String escalation) throws Exception {
        postJson("cm1", escalations(caseId, escalation) + "/steps", """
                        {"version": 1, "question": "Kan individkoordinatorn ta det med rektorn?"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentLevel").value("INDIVIDUAL_COORDINATOR"));
        postJson("ic", escalations(caseId, escalation) + "/outcome", """
                        {"version": 2, "outcome": "Skolans ledning står fast", "settled": false}""").andExpect(status().isOk());
        postJson("ic", escalations(caseId, escalation) + "/steps", """
                        {"version": 3, "question": "Gruppchefen behöver ta det med skolchefen"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentLevel").value("GROUP_MANAGER"));
    }

    static String escalations(String caseId, String escalation) {
        return "/api/v1/cases/" + caseId + "/escalations/" + escalation;
    }

    // --- closure, review, re-engagement ---

    ResultActions theCaseManagerClosesTheCase(String caseId, LocalDate maintainUntil) throws Exception {
        return postJson(
                "cm1", "/api/v1/cases/" + caseId + "/closure", """
                {"version": %d, "maintainUntil": "%s", "reason": "Vardagen bär, målen är nådda"}""".formatted(caseVersion(caseId), maintainUntil));
    }

    void theAfterActionReviewIsHeld(String caseId) throws Exception {
        String reviews = "/api/v1/cases/" + caseId + "/reviews";
        String review = read(
                postJson("ic", reviews, """
                                {"heldOn": "%s", "invitedActors": "Mentorn på Sjöskolan",
                                 "whatWorked": "Att Cem fanns med i vardagen", "doAgain": "Följa med till träningen",
                                 "avoid": "Att vänta på skolans svar", "missedSignals": "Bytet av kompisgäng i höstas"}""".formatted(day(15)))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.recordedInFunction").value("INDIVIDUAL_COORDINATOR")),
                "$.id");
        String cemsAnswers = """
                {"version": 0, "heldOn": "%s", "invitedActors": "Mentorn på Sjöskolan",
                 "whatWorked": "Att Cem fanns med i vardagen; korta sms varje vecka",
                 "doAgain": "Följa med till träningen", "avoid": "Att vänta på skolans svar",
                 "missedSignals": "Bytet av kompisgäng i höstas", "childView": "Fotbollen hjälpte mest",
                 "familyView": "Mötena var för många i början"%s}""";
        as(
                        "cm1",
                        put(reviews + "/" + review)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(cemsAnswers.formatted(day(15), "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(hasItems("review.views-need-agreement")));
        as(
                        "cm1",
                        put(reviews + "/" + review)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(cemsAnswers.formatted(day(15), ", \"viewsAgreed\": true")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        as("ic", get(reviews))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].whatWorked").value("Att Cem fanns med i vardagen; korta sms varje vecka"))
                .andExpect(jsonPath("$[0].familyView").value("Mötena var för många i början"))
                .andExpect(jsonPath("$[0].viewsAgreed").value(true));
    }

    ResultActions theCoordinatorReengages(String caseId, String concern, String worry) throws Exception {
        return postJson("ic", "/api/v1/cases/" + caseId + "/reengagement", """
                {"version": %d, "concernId": "%s", "concernVersion": %d, "worry": "%s"}""".formatted(
                        caseVersion(caseId), concern, fx.concernVersion(concern), worry));
    }

    // --- calls ---

    ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return fx.api(user, request);
    }

    ResultActions postJson(String user, String path, String json) throws Exception {
        return as(user, post(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    static String read(ResultActions result, String path) throws Exception {
        return JsonPath.read(body(result), path);
    }
}
