package se.traden.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Early information gathering over the API: each question and answer lands in the disclosure ledger
 * with its parties, categories, basis, balancing, decider and time, or is refused with the policy's
 * reason and nothing is stored.
 */
class InquiryApiTest extends GatheringFixtures {

    @Test
    void aGatheringLeavesOneLedgerEntryPerQuestionAndAnswer() throws Exception {
        UUID person = registeredChild();
        String concern = aTriagedConcernAbout(person, false);
        Instant askedAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Instant answeredAt = askedAt.plus(1, ChronoUnit.HOURS);

        var asked = ask("ic", concern, aMinimalQuestionToThePolice() + ", \"askedAt\": \"" + askedAt + "\"")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inquiry.disclosure.basis").value("OSL_10_2"));
        String police = inquiryId(asked);
        api("ic", get("/api/v1/concerns/" + concern))
                .andExpect(jsonPath("$.status").value("GATHERING"));

        answer("ic", concern, police, 0, """
                        "receivedAt": "%s",
                        "text": "Förekommer i en utredning om snatteri tillsammans med äldre ungdomar.",
                        "categories": ["CRIME_AND_POLICE"], "basis": "OSL_10_15A",
                        "balancing": "Risk för fortsatt brottslighet; inga övervägande skäl talar emot.",
                        "crimePreventionPurpose": true
                        """.formatted(answeredAt))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answer.disclosure.basis").value("OSL_10_15A"))
                .andExpect(jsonPath("$.version").value(1));

        // A question that does not identify the child, and its de-identified answer.
        String school = inquiryId(ask("ic", concern, """
                        "actorOrganisation": "Sjöskolan", "actorKind": "SCHOOL", "actorFunction": "Rektor",
                        "question": "Har ni en elev i årskurs 9 med hög frånvaro sedan augusti?",
                        "basis": "DE_IDENTIFIED", "categories": ["SCHOOL"]
                        """).andExpect(status().isCreated()));
        answer("ic", concern, school, 0, """
                        "text": "Ja, en elev med cirka 40 procent frånvaro.", "categories": ["SCHOOL"],
                        "basis": "DE_IDENTIFIED"
                        """).andExpect(status().isOk());

        List<Map<String, Object>> entries =
                jdbc.sql("""
                        select direction, person_id, from_organisation, from_kind, from_function, to_organisation,
                               to_kind, to_function, array_to_string(categories, ',') as categories, legal_basis,
                               balancing, requested_by_recipient, crime_prevention_purpose, decided_by_staff_id,
                               decided_in_function, occurred_at, recorded_at, summary, context_type
                          from disclosure_entry where context_id = ? order by occurred_at, recorded_at
                        """).param(UUID.fromString(concern)).query().listOfRows();
        assertThat(entries).hasSize(4);
        UUID ic = staffId("ic");

        var question = entries.get(0);
        assertThat(question)
                .containsEntry("direction", "OUT")
                .containsEntry("person_id", person)
                .containsEntry("from_organisation", "Sjöstads kommun")
                .containsEntry("from_kind", "SOCIAL_SERVICES")
                .containsEntry("from_function", "Individkoordinator Sjöstad")
                .containsEntry("to_organisation", "Polisen, lokalpolisområde Sjöstad")
                .containsEntry("to_kind", "POLICE")
                .containsEntry("to_function", "Områdespolis")
                .containsEntry("categories", "IDENTITY,SOCIAL_SERVICES")
                .containsEntry("legal_basis", "OSL_10_2")
                .containsEntry("requested_by_recipient", false)
                .containsEntry("decided_by_staff_id", ic)
                .containsEntry("decided_in_function", "INDIVIDUAL_COORDINATOR")
                .containsEntry("summary", "Finns det något som bör sägas om Nora Test?")
                .containsEntry("context_type", "CONCERN");
        assertThat((String) question.get("balancing")).startsWith("Behövs för att bedöma oron");
        assertThat(instant(question.get("occurred_at"))).isEqualTo(askedAt);
        assertThat(instant(question.get("recorded_at"))).isCloseTo(Instant.now(), within());

        var policeAnswer = entries.get(1);
        assertThat(policeAnswer)
                .containsEntry("direction", "IN")
                .containsEntry("person_id", person)
                .containsEntry("from_organisation", "Polisen, lokalpolisområde Sjöstad")
                .containsEntry("from_kind", "POLICE")
                .containsEntry("to_organisation", "Sjöstads kommun")
                .containsEntry("to_kind", "SOCIAL_SERVICES")
                .containsEntry("categories", "CRIME_AND_POLICE")
                .containsEntry("legal_basis", "OSL_10_15A")
                .containsEntry("requested_by_recipient", true)
                .containsEntry("crime_prevention_purpose", true)
                .containsEntry("decided_by_staff_id", ic);
        assertThat(instant(policeAnswer.get("occurred_at"))).isEqualTo(answeredAt);
        // The content of the answer stays with the inquiry, not in the ledger.
        assertThat(entries).noneMatch(e -> String.valueOf(e.get("summary")).contains("snatteri"));

        assertThat(entries.get(2))
                .containsEntry("direction", "OUT")
                .containsEntry("legal_basis", "DE_IDENTIFIED")
                .containsEntry("person_id", null)
                .containsEntry("to_kind", "SCHOOL");
        assertThat(entries.get(3))
                .containsEntry("direction", "IN")
                .containsEntry("legal_basis", "DE_IDENTIFIED")
                .containsEntry("person_id", null);

        api("ic", get("/api/v1/concerns/" + concern + "/inquiries"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inquiries[0].actor.organisation").value("Polisen, lokalpolisområde Sjöstad"))
                .andExpect(jsonPath("$.inquiries[0].answer.text").value(containsString("snatteri")))
                .andExpect(jsonPath("$.inquiries[0].answer.disclosure.categories[0]")
                        .value("CRIME_AND_POLICE"))
                .andExpect(jsonPath("$.inquiries[1].disclosure.basis").value("DE_IDENTIFIED"));
        api("ic", get("/api/v1/concerns/" + concern))
                .andExpect(jsonPath("$.timeline[*].type")
                        .value(contains(
                                "RAISED",
                                "TRIAGED",
                                "IDENTIFIED",
                                "GATHERING_STARTED",
                                "INQUIRY_SENT",
                                "ANSWER_RECEIVED",
                                "INQUIRY_SENT",
                                "ANSWER_RECEIVED")));
        api("loggranskare", get("/api/v1/disclosures").param("person", person.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(2))
                .andExpect(jsonPath("$.entries[*].basis").value(containsInAnyOrder("OSL_10_2", "OSL_10_15A")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            18 a § about a person of 21      | POLICE | OSL_10_18A | true  | Risk för brott.     | 21 | disclosure.18a-age              | subjectDateOfBirth
            18 a § to a school               | SCHOOL | OSL_10_18A | true  | Risk för brott.     | 15 | disclosure.18a-only-police      | actorKind
            15 a § without a balancing       | POLICE | OSL_10_15A | true  |                     | 15 | disclosure.balancing-required   | balancing
            15 a § without a crime purpose   | POLICE | OSL_10_15A | false | Risk för brott.     | 15 | disclosure.15a-purpose          | crimePreventionPurpose
            consent that no consent covers   | SCHOOL | CONSENT    | false |                     | 15 | disclosure.consent-missing      | basis
            the general clause to a private  | PRIVATE| OSL_10_27  | false | Väger tyngre.       | 15 | disclosure.recipient-not-authority | actorKind
            """)
    void aQuestionOnABasisThatDoesNotFitIsRefusedAndNothingIsStored(
            String rule,
            String kind,
            String basis,
            boolean crimePurpose,
            String balancing,
            int age,
            String reason,
            String field)
            throws Exception {
        String concern = aTriagedConcernAbout(registeredChildBornOn(today().minusYears(age)), false);
        long entries = count("disclosure_entry");
        long inquiries = count("concern_inquiry");
        long events = count("concern_event");

        ask("ic", concern, """
                        "actorOrganisation": "Mottagaren", "actorKind": "%s", "question": "Finns det något?",
                        "basis": "%s", "crimePreventionPurpose": %s, %s "categories": ["IDENTITY"],
                        "consentId": "%s", "subjectDateOfBirth": "%s"
                        """.formatted(
                                kind,
                                basis,
                                crimePurpose,
                                balancing == null ? "" : "\"balancing\": \"" + balancing + "\",",
                                UUID.randomUUID(),
                                today().minusYears(age)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:invalid-input"))
                .andExpect(jsonPath("$.errors[*].code").value(contains(reason)))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());

        assertThat(count("disclosure_entry")).isEqualTo(entries);
        assertThat(count("concern_inquiry")).isEqualTo(inquiries);
        assertThat(count("concern_event")).isEqualTo(events);
        api("ic", get("/api/v1/concerns/" + concern))
                .andExpect(jsonPath("$.status").value("TRIAGED"));
    }

    @Test
    void theAgeLimitOf18aIsReadOnTheDayOfTheDisclosureInSwedish() throws Exception {
        String question = """
                "actorOrganisation": "Polisen", "actorKind": "POLICE", "question": "Finns det något?",
                "basis": "OSL_10_18A", "crimePreventionPurpose": true, "balancing": "Nya kontakter med kriminella.",
                "categories": ["IDENTITY", "SOCIAL_SERVICES"]
                """;
        // The registered date of birth decides the age, on the day of the disclosure.
        String turned21Today = aTriagedConcernAbout(registeredChildBornOn(today().minusYears(21)), false);
        ask("ic", turned21Today, question)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("18 a § gäller bara personer under 21 år: personen är 21 år"));
        // The day before the 21st birthday the person is 20, and 18 a § fits.
        String turns21Tomorrow = aTriagedConcernAbout(
                registeredChildBornOn(today().minusYears(21).plusDays(1)), false);
        ask("ic", turns21Tomorrow, question)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inquiry.disclosure.subjectAge").value(20));
    }

    @Test
    void anAnswerWithoutABasisIsRefusedAndNeitherAnswerNorEntryIsStored() throws Exception {
        String concern = aTriagedConcernAbout(registeredChild(), false);
        String inquiry =
                inquiryId(ask("ic", concern, aMinimalQuestionToThePolice()).andExpect(status().isCreated()));
        long entries = count("disclosure_entry");
        long events = count("concern_event");

        answer("ic", concern, inquiry, 0, "\"text\": \"Inget att rapportera.\", \"categories\": [\"CRIME_AND_POLICE\"]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(contains("disclosure.basis-required")))
                .andExpect(jsonPath("$.errors[0].field").value("basis"));
        answer("ic", concern, inquiry, 0, """
                        "text": "Förekommer i polisens register.", "categories": ["CRIME_AND_POLICE"],
                        "basis": "OSL_10_15A", "crimePreventionPurpose": true
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(contains("disclosure.balancing-required")));

        assertThat(count("disclosure_entry")).isEqualTo(entries);
        assertThat(count("concern_event")).isEqualTo(events);
        assertThat(jdbc.sql("select answered_at is null and answer is null from concern_inquiry where id = ?")
                        .param(UUID.fromString(inquiry))
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void anAnswerIsRecordedOnceAndMayArriveAfterTheDecision() throws Exception {
        String concern = aTriagedConcernAbout(registeredChild(), false);
        String inquiry = inquiryId(ask("ic", concern, aMinimalQuestionToThePolice()));
        command("ic", concern, "line-decision", concernVersion(concern), """
                        "receivingUnit": "Elevhälsan Sjöskolan", "reason": "Skolan har insatserna"
                        """)
                .andExpect(jsonPath("$.status").value("LINE"));
        String reply = """
                "text": "Inget att rapportera.", "categories": ["CRIME_AND_POLICE"], "basis": "OSL_10_27",
                "balancing": "Intresset av att barnet får stöd väger klart tyngre."
                """;
        answer("ic", concern, inquiry, 0, reply).andExpect(status().isOk());
        answer("ic", concern, inquiry, 1, reply)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:inquiry.already-answered"));
        answer("ic", concern, inquiry, 0, reply).andExpect(status().isConflict());
    }

    @Test
    void aReceivedConcernIsTriagedBeforeAnyoneIsAsked() throws Exception {
        String concern = aReceivedConcern(false);
        long entries = count("disclosure_entry");
        ask("ic", concern, aMinimalQuestionToThePolice())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:concern.triage-first"));
        assertThat(count("disclosure_entry")).isEqualTo(entries);
        assertThat(jdbc.sql("select count(*) from concern_inquiry where concern_id = ?")
                        .param(UUID.fromString(concern))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anUnidentifiedChildIsAskedAboutOnlyDeIdentified() throws Exception {
        String concern = aReceivedConcern(false);
        command("ic", concern, "triage", concernVersion(concern), "\"complexity\": \"LOW\", \"valuation\": \"x\"");
        ask("ic", concern, aMinimalQuestionToThePolice())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(contains("inquiry.identify-first")));
        ask("ic", concern, """
                        "actorOrganisation": "Polisen", "actorKind": "POLICE",
                        "question": "Har ni haft kontakt med en 15-årig flicka i Sjöstad centrum i helgen?",
                        "basis": "DE_IDENTIFIED", "categories": ["OTHER"]
                        """).andExpect(status().isCreated());
    }

    @Test
    void aStaleVersionOfTheConcernIsAConflict() throws Exception {
        String concern = aTriagedConcernAbout(registeredChild(), false);
        long version = concernVersion(concern);
        ask("ic", concern, version, aMinimalQuestionToThePolice()).andExpect(status().isCreated());
        ask("ic", concern, version, aMinimalQuestionToThePolice())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:concurrent-edit"));
    }

    @Test
    void theOutOfHoursServiceMayAskInAnUrgentConcern() throws Exception {
        String concern = aTriagedConcernAbout(registeredChild(), true);
        ask("socialjour", concern, aMinimalQuestionToThePolice())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inquiry.askedIn").value("OUT_OF_HOURS"));
        // Decided, so that this urgent concern leaves the shared inbox other tests read.
        command("ic", concern, "line-decision", concernVersion(concern), "\"receivingUnit\": \"X\", \"reason\": \"Y\"")
                .andExpect(status().isOk());
    }

    @ParameterizedTest(name = "{0} gets {1}")
    @CsvSource({
        "ic, 200",
        "cm1, 403",
        "gruppchef, 403",
        "handlaggare, 403",
        "mottagning, 403",
        "socialjour, 403",
        "skola, 403",
        "polis, 403",
        "styrgrupp, 403",
        "loggranskare, 403",
        "admin, 403",
        "aby-ic, 404"
    })
    void onlyTheFunctionsThatWorkTheConcernSeeOrRecordInquiries(String user, int expected) throws Exception {
        String concern = aTriagedConcernAbout(registeredChild(), false);
        String inquiry = inquiryId(ask("ic", concern, aMinimalQuestionToThePolice()));
        long inquiries = count("concern_inquiry");
        long entries = count("disclosure_entry");
        long denied = accessLogCount("outcome = 'DENIED' and record_id = ?", concern);

        api(user, get("/api/v1/concerns/" + concern + "/inquiries")).andExpect(status().is(expected));
        ask(user, concern, aMinimalQuestionToThePolice()).andExpect(status().is(expected == 200 ? 201 : expected));
        answer(user, concern, inquiry, 0, """
                        "text": "Inget.", "categories": ["OTHER"], "basis": "OSL_10_27", "balancing": "Väger tyngre."
                        """).andExpect(status().is(expected));

        if (expected == 200) {
            assertThat(count("concern_inquiry")).isEqualTo(inquiries + 1);
            assertThat(count("disclosure_entry")).isEqualTo(entries + 2);
        } else {
            assertThat(count("concern_inquiry")).isEqualTo(inquiries);
            assertThat(count("disclosure_entry")).isEqualTo(entries);
            assertThat(accessLogCount("outcome = 'DENIED' and record_id = ?", concern))
                    .isEqualTo(denied + 3);
        }
    }

    @Test
    void aReporterNeverSeesTheQuestionsOrAnswers() throws Exception {
        String concern = aTriagedConcernAbout(registeredChild(), false);
        String inquiry = inquiryId(ask("ic", concern, aMinimalQuestionToThePolice()));
        answer("ic", concern, inquiry, 0, """
                        "text": "Hemlig uppgift från polisen.", "categories": ["CRIME_AND_POLICE"],
                        "basis": "OSL_10_15A", "balancing": "Risk för brott.", "crimePreventionPurpose": true
                        """).andExpect(status().isOk());
        String mine = api("skola", get("/api/v1/concerns/mine"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem(concern)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(mine).doesNotContain("Hemlig uppgift").doesNotContain("Finns det något som bör sägas");
    }

    static Instant instant(Object timestamp) {
        return ((java.sql.Timestamp) timestamp).toInstant();
    }

    static org.assertj.core.data.TemporalUnitOffset within() {
        return new org.assertj.core.data.TemporalUnitWithinOffset(1, ChronoUnit.MINUTES);
    }
}
