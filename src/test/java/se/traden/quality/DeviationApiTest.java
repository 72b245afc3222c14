package se.traden.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.traden.quality.QualityFixtures.BASE;
import static se.traden.quality.QualityFixtures.TODAY;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import se.traden.support.CollaborationFixtures;
import se.traden.support.IntegrationTest;

/**
 * The deviation register over the API: the whole life of a deviation, who may take each step, another
 * municipality's records, validation as problem details, conflicting edits, and the link to an after
 * action review that only those who may see the case are shown.
 */
class DeviationApiTest extends IntegrationTest {
    QualityFixtures q;

    @BeforeEach
    void fixtures() {
        q = new QualityFixtures(mvc, jdbc);
    }

    @Test
    void aDeviationIsRaisedAnalysedGivenActionsAndFollowedUp() throws Exception {
        String id = CollaborationFixtures.read(
                q.post("cm1", BASE, """
                                {"whatHappened": "Ärendet tappades vid övergången till gymnasiet",
                                 "affected": "TRANSITION"}""")
                        .andExpect(status().isCreated())
                        .andExpect(header().string("ETag", "\"0\""))
                        .andExpect(jsonPath("$.reference")
                                .value(org.hamcrest.Matchers.matchesPattern("AVV-" + TODAY.getYear() + "-\\d{4}")))
                        .andExpect(jsonPath("$.status").value("RAISED"))
                        .andExpect(jsonPath("$.source").value("OTHER"))
                        .andExpect(jsonPath("$.raisedFunction").value("CASE_MANAGER"))
                        .andExpect(jsonPath("$.raisedByName").value("Cem Demir")),
                "$.id");
        String one = BASE + "/" + id;
        q.post("gruppchef", one + "/analysis", """
                        {"version": 0, "causes": "Ingen rutin för överlämning mellan skolformer"}""")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("ANALYSED"))
                .andExpect(jsonPath("$.analysis.function").value("GROUP_MANAGER"));
        q.fx.api(
                        "ic",
                        post(one + "/actions")
                                .header("If-Match", "\"1\"")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"what": "Skriv en rutin för överlämning", "ownerId": "%s", "dueOn": "%s"}""".formatted(q.fx.staffId("cm1"), TODAY.plusWeeks(3))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIONS_PLANNED"))
                .andExpect(jsonPath("$.actions[0].ownerFunction").value("CASE_MANAGER"))
                .andExpect(jsonPath("$.actions[0].ownerName").value("Cem Demir"));
        String second = CollaborationFixtures.read(
                q.post("gruppchef", one + "/actions", """
                                {"version": 2, "what": "Ta upp rutinen på arbetsplatsträffen", "ownerId": "%s",
                                 "dueOn": "%s"}""".formatted(q.fx.staffId("gruppchef"), TODAY))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.actions[1].ownerFunction").value("GROUP_MANAGER")),
                "$.actions[1].id");
        String first = CollaborationFixtures.read(q.fx.api("cm1", get(one)), "$.actions[0].id");

        q.post("gruppchef", one + "/follow-up", """
                        {"version": 3, "effective": true, "text": "För tidigt"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:quality.deviation.actions-open"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2 återstår")));
        q.post("cm1", one + "/actions/" + first + "/completion", """
                        {"version": 3, "note": "Rutinen är skriven"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions[0].done").value(true))
                .andExpect(jsonPath("$.actions[0].doneOn").value(TODAY.toString()));
        q.post("gruppchef", one + "/actions/" + second + "/completion", """
                        {"version": 4, "note": "Togs upp och antogs"}""").andExpect(status().isOk());
        q.post("gruppchef", one + "/follow-up", """
                        {"version": 5, "effective": true, "text": "Två övergångar sedan dess, ingen tappad"}""")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"6\""))
                .andExpect(jsonPath("$.status").value("FOLLOWED_UP"))
                .andExpect(jsonPath("$.followUp.effective").value(true))
                .andExpect(jsonPath("$.history.length()").value(7))
                .andExpect(jsonPath("$.history[*].type")
                        .value(hasItems("RAISED", "ANALYSED", "ACTION_PLANNED", "ACTION_COMPLETED", "FOLLOWED_UP")));
        q.post("gruppchef", one + "/actions", """
                        {"version": 6, "what": "Mer", "ownerId": "%s", "dueOn": "%s"}""".formatted(q.fx.staffId("gruppchef"), TODAY))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:quality.deviation.closed"));

        q.fx.api("ic", get(BASE).param("status", "FOLLOWED_UP").param("year", String.valueOf(TODAY.getYear())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem(id)));
        q.fx.api("ic", get(BASE).param("status", "RAISED"))
                .andExpect(jsonPath("$[*].id").value(not(hasItem(id))));
        q.fx.api("ic", get(BASE).param("year", String.valueOf(TODAY.getYear() - 1)))
                .andExpect(jsonPath("$[*].id").value(not(hasItem(id))));
        // The register identifies nobody: reading it is not written to the access log; every change is.
        assertThat(accessLogCount("record_type = 'deviation' and record_id = ? and action = 'READ'", id))
                .isZero();
        assertThat(accessLogCount(
                        "record_type = 'deviation' and record_id = ? and outcome = 'ALLOWED' and action in"
                                + " ('CREATE', 'UPDATE')",
                        id))
                .isEqualTo(7);
    }

    @Test
    void theUnitReadsAndRaisesEveryoneElseIsRefusedAndLogged() throws Exception {
        String id = q.raised("ic");
        for (String user : new String[] {"ic", "cm1", "gruppchef"}) {
            q.fx.api(user, get(BASE))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].id").value(hasItem(id)));
            q.fx.api(user, get(BASE + "/" + id)).andExpect(status().isOk());
            q.raised(user);
        }
        for (String user : new String[] {"styrgrupp", "skola", "handlaggare"}) {
            long denied = accessLogCount("username = ? and outcome = 'DENIED'", user);
            q.fx.api(user, get(BASE))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:traden:problem:forbidden"));
            q.fx.api(user, get(BASE + "/" + id)).andExpect(status().isForbidden());
            q.post(user, BASE, """
                            {"whatHappened": "x", "affected": "OTHER"}""").andExpect(status().isForbidden());
            assertThat(accessLogCount("username = ? and outcome = 'DENIED'", user))
                    .isEqualTo(denied + 3);
        }
    }

    @Test
    void theGroupManagerAndTheCoordinatorHandleADeviationOthersMayNot() throws Exception {
        String owner = q.fx.staffId("gruppchef").toString();
        for (String user : new String[] {"cm1", "styrgrupp", "skola", "handlaggare"}) {
            String id = q.raised("cm1");
            q.post(user, BASE + "/" + id + "/analysis", "{\"version\": 0, \"causes\": \"x\"}")
                    .andExpect(status().isForbidden());
            String analysed = q.analysed();
            q.post(user, BASE + "/" + analysed + "/actions", """
                            {"version": 1, "what": "x", "ownerId": "%s", "dueOn": "%s"}""".formatted(owner, TODAY))
                    .andExpect(status().isForbidden());
            String ready = q.readyForFollowUp();
            q.post(user, BASE + "/" + ready + "/follow-up", """
                            {"version": 3, "effective": true, "text": "x"}""").andExpect(status().isForbidden());
        }
        for (String user : new String[] {"ic", "gruppchef"}) {
            String id = q.raised("cm1");
            q.post(user, BASE + "/" + id + "/analysis", "{\"version\": 0, \"causes\": \"Rutinen saknas\"}")
                    .andExpect(status().isOk());
            q.post(user, BASE + "/" + id + "/actions", """
                            {"version": 1, "what": "Skriv rutinen", "ownerId": "%s", "dueOn": "%s"}""".formatted(owner, TODAY))
                    .andExpect(status().isOk());
            String ready = q.readyForFollowUp();
            q.post(user, BASE + "/" + ready + "/follow-up", """
                            {"version": 3, "effective": false, "text": "Ingen skillnad ännu"}""")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.followUp.effective").value(false));
        }
    }

    @Test
    void anActionIsMarkedDoneByItsOwnerOrTheGroupManager() throws Exception {
        for (String user : new String[] {"ic", "cm2", "styrgrupp", "skola", "handlaggare"}) {
            String[] d = q.withActionOfCm1();
            q.post(user, BASE + "/" + d[0] + "/actions/" + d[1] + "/completion", """
                            {"version": 2, "note": "Klar"}""")
                    .andExpect(status().isForbidden());
        }
        String[] d = q.withActionOfCm1();
        long denied = accessLogCount(
                "username = 'cm2' and record_id = ? and reason = 'refused by rule quality.action.not-owner'", d[0]);
        q.post("cm2", BASE + "/" + d[0] + "/actions/" + d[1] + "/completion", """
                        {"version": 2, "note": "Klar"}""")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:quality.action.not-owner"));
        assertThat(accessLogCount(
                        "username = 'cm2' and record_id = ? and reason = 'refused by rule quality.action.not-owner'",
                        d[0]))
                .isEqualTo(denied + 1);
        q.post("gruppchef", BASE + "/" + d[0] + "/actions/" + d[1] + "/completion", """
                        {"version": 2, "note": "Gjort på APT"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions[0].doneFunction").value("GROUP_MANAGER"));
        String[] own = q.withActionOfCm1();
        q.post("cm1", BASE + "/" + own[0] + "/actions/" + own[1] + "/completion", """
                        {"version": 2, "note": "Klar"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions[0].doneFunction").value("CASE_MANAGER"));
        q.post("cm1", BASE + "/" + own[0] + "/actions/" + own[1] + "/completion", """
                        {"version": 3, "note": "Igen"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:quality.action.done-already"));
    }

    @Test
    void anotherMunicipalitysDeviationIsNotThere() throws Exception {
        String[] d = q.withActionOfCm1();
        String one = BASE + "/" + d[0];
        long denied = accessLogCount("username = 'aby-ic' and record_id = ? and outcome = 'DENIED'", d[0]);
        q.fx.api("aby-ic", get(one))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:not-found"));
        q.post("aby-ic", one + "/analysis", "{\"version\": 1, \"causes\": \"x\"}")
                .andExpect(status().isNotFound());
        q.post("aby-ic", one + "/actions", """
                        {"version": 2, "what": "x", "ownerId": "%s", "dueOn": "%s"}""".formatted(q.fx.staffId("aby-ic"), TODAY))
                .andExpect(status().isNotFound());
        q.post("aby-ic", one + "/actions/" + d[1] + "/completion", "{\"version\": 2, \"note\": \"x\"}")
                .andExpect(status().isNotFound());
        q.post("aby-ic", one + "/follow-up", "{\"version\": 2, \"effective\": true, \"text\": \"x\"}")
                .andExpect(status().isNotFound());
        assertThat(accessLogCount("username = 'aby-ic' and record_id = ? and outcome = 'DENIED'", d[0]))
                .isEqualTo(denied + 5);
        String own = q.raised("aby-ic");
        q.fx.api("aby-ic", get(BASE))
                .andExpect(jsonPath("$[*].id").value(hasItem(own)))
                .andExpect(jsonPath("$[*].id").value(not(hasItem(d[0]))));
        q.fx.api("ic", get(BASE)).andExpect(jsonPath("$[*].id").value(not(hasItem(own))));
    }

    @Test
    void invalidInputIsAProblemDetailInTheReadersLanguage() throws Exception {
        q.post("cm1", BASE, "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:invalid-input"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("whatHappened", "affected")))
                .andExpect(jsonPath("$.errors[0].message").value("Fältet måste fyllas i"));
        q.post("cm1", BASE, """
                        {"whatHappened": "Flickan 100101-1236 fick vänta", "affected": "INTAKE"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("whatHappened"))
                .andExpect(jsonPath("$.errors[0].code").value("quality.identity-number"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.startsWith(
                                "Texten innehåller något som ser ut som ett personnummer")));
        q.fx.api(
                        "cm1",
                        post(BASE)
                                .header("Accept-Language", "en")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"whatHappened\": \"Gäller 201001011236\", \"affected\": \"INTAKE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.startsWith(
                                "The text contains something that looks like a personal")));
        q.post("cm1", BASE, """
                        {"whatHappened": "x", "affected": "LUNCH"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("affected"))
                .andExpect(jsonPath("$.errors[0].code").value("malformed"));
        String id = q.raised("cm1");
        q.post("gruppchef", BASE + "/" + id + "/actions", """
                        {"version": 0, "what": "x", "ownerId": "%s", "dueOn": "%s"}""".formatted(q.fx.staffId("cm1"), TODAY))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:quality.deviation.analyse-first"))
                .andExpect(jsonPath("$.title").value("Analysera orsakerna innan åtgärder planeras"));
        String analysed = q.analysed();
        q.post("gruppchef", BASE + "/" + analysed + "/actions", """
                        {"version": 1, "what": "Rutin", "ownerId": "%s", "dueOn": "%s"}""".formatted(
                                q.fx.staffId("skola"), TODAY.minusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code")
                        .value(hasItems("quality.action.owner-outside-unit", "quality.action.due-in-past")));
        q.post("gruppchef", BASE + "/" + analysed + "/actions", """
                        {"version": 1, "what": "Rutin", "ownerId": "%s", "dueOn": "%s"}""".formatted(q.fx.staffId("aby-ic"), TODAY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("quality.action.owner-outside-unit"));
        q.post("gruppchef", BASE + "/" + analysed + "/follow-up", """
                        {"version": 1, "effective": true, "text": "x"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:quality.deviation.no-actions"));
    }

    @Test
    void aChangeFromAStaleVersionIsAConflict() throws Exception {
        String id = q.raised("cm1");
        q.fx.api("gruppchef", get(BASE + "/" + id)).andExpect(header().string("ETag", "\"0\""));
        q.post("gruppchef", BASE + "/" + id + "/analysis", "{\"causes\": \"Rutinen saknas\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("version-required"));
        q.fx.api(
                        "gruppchef",
                        post(BASE + "/" + id + "/analysis")
                                .header("If-Match", "\"0\"")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"causes\": \"Rutinen saknas\"}"))
                .andExpect(status().isOk());
        q.fx.api(
                        "ic",
                        post(BASE + "/" + id + "/analysis")
                                .header("If-Match", "\"0\"")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"causes\": \"Något annat\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:concurrent-edit"));
        q.fx.api("ic", get(BASE + "/" + id))
                .andExpect(jsonPath("$.analysis.causes").value("Rutinen saknas"));
    }

    @Test
    void aDeviationFromAReviewShowsTheLinkOnlyToThoseWhoMaySeeTheCase() throws Exception {
        String[] c = q.closedCaseWithReview(registeredChild());
        String raise = """
                {"reviewId": "%s", "whatHappened": "Tidiga signaler från skolan fångades inte upp",
                 "affected": "INTAKE"}""".formatted(c[1]);
        q.post("cm2", BASE, raise).andExpect(status().isForbidden());
        q.post("gruppchef", BASE, raise).andExpect(status().isForbidden());
        q.post("cm1", BASE, raise.replace(c[1], java.util.UUID.randomUUID().toString()))
                .andExpect(status().isNotFound());
        q.post("aby-ic", BASE, raise).andExpect(status().isNotFound());
        String id = CollaborationFixtures.read(
                q.post("cm1", BASE, raise)
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.source").value("AFTER_ACTION_REVIEW"))
                        .andExpect(jsonPath("$.reviewId").value(c[1]))
                        .andExpect(jsonPath("$.caseId").value(c[0]))
                        .andExpect(jsonPath("$.reviewHeldOn").value(TODAY.toString())),
                "$.id");
        assertThat(accessLogCount(
                        "username = 'cm1' and record_type = 'after-action-review' and record_id = ? and action = 'READ'",
                        c[0]))
                .isPositive();
        q.fx.api("ic", get(BASE + "/" + id)).andExpect(jsonPath("$.caseId").value(c[0]));
        for (String user : new String[] {"cm2", "gruppchef"}) {
            q.fx.api(user, get(BASE + "/" + id))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.source").value("AFTER_ACTION_REVIEW"))
                    .andExpect(jsonPath("$.reviewId").value(nullValue()))
                    .andExpect(jsonPath("$.caseId").value(nullValue()));
        }
    }
}
