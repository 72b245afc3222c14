package se.traden.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A child's closed case with every part a case can have, written straight into the tables in the shapes
 * the modules write them: the concern that opened it (with an inquiry and its disclosures), the case's
 * history, contacts, check-ins, collaboration group and meeting, instrument, review, declined
 * interventions, follow-up, transition, consent with giver, recipient and withdrawal, plan revision,
 * investigation with event, decision and feedback, escalation, disclosures, and settled reminders. Every
 * text that is personal carries the marker, so that a test can look for it anywhere afterwards.
 */
final class ChildFiles {
    private static final AtomicInteger NUMBER = new AtomicInteger(90000);
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final RetentionWorld world;
    private final JdbcClient jdbc;

    ChildFiles(RetentionWorld world) {
        this.world = world;
        this.jdbc = world.jdbc;
    }

    /** What was written: the case, its concern and their references. */
    record Written(UUID caseId, String caseReference, UUID concernId, String concernReference) {}

    /** A closed case about the child, with every part; {@code transition} is the kind of transition recorded. */
    Written closedCase(UUID child, UUID guardian, String marker, String transition) {
        Instant opened = Instant.now().minus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        Instant closed = opened.plus(30, ChronoUnit.DAYS);
        LocalDate day = LocalDate.ofInstant(opened, ZONE);
        UUID m = world.municipality;
        UUID ic = world.icStaff();
        UUID cm = world.cmStaff();
        int n = NUMBER.incrementAndGet();
        String concernRef = "O-" + day.getYear() + "-" + n;
        String caseRef = "Ä-" + day.getYear() + "-" + n;
        UUID concern = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();

        jdbc.sql("""
                        insert into concern (id, municipality_id, reference, received_at, route, reporter_organisation,
                            reporter_function, reporter_name, reporter_contact, subject_name, subject_personal_number,
                            subject_birth_year, subject_school, person_id, worry, problem_areas, urgent, mandatory_report,
                            mandatory_report_reason, status, complexity, gathering_started_at, gathering_due_at,
                            gathering_met_at, feedback_started_at, feedback_due_at, feedback_met_at, decision_started_at,
                            decision_due_at, decision_met_at, case_manager_staff_id, version)
                        values (:id, :m, :ref, :at, 'INDIVIDUAL_COORDINATOR', 'Gallringsskolan', 'Kurator', :name,
                            :contact, :name, '201003120000', 2010, :text, :child, :text, '{CRIME,SCHOOL_ABSENCE}', true,
                            'FILED', :text, 'ACTIVATED', 'HIGH', :at, :due, :met, :at, :due, :met, :at, :due, :met, :cm, 5)
                        """)
                .param("id", concern)
                .param("m", m)
                .param("ref", concernRef)
                .param("at", ts(opened.minus(2, ChronoUnit.DAYS)))
                .param("due", ts(opened))
                .param("met", ts(opened.minus(1, ChronoUnit.DAYS)))
                .param("name", "Namn " + marker)
                .param("contact", marker + "@skolan.example")
                .param("text", "Text " + marker)
                .param("child", child)
                .param("cm", cm)
                .update();
        concernEvent(
                concern,
                opened.minus(2, ChronoUnit.DAYS),
                "RAISED",
                null,
                "{\"urgent\": true, \"route\": \"INDIVIDUAL_COORDINATOR\"}");
        concernEvent(
                concern,
                opened.minus(2, ChronoUnit.DAYS),
                "TRIAGED",
                "Värdering " + marker,
                "{\"complexity\": \"HIGH\"}");
        concernEvent(
                concern, opened.minus(2, ChronoUnit.DAYS), "IDENTIFIED", null, "{\"personId\": \"" + child + "\"}");
        concernEvent(
                concern,
                opened.minus(1, ChronoUnit.DAYS),
                "ASSESSMENT_HELD",
                null,
                "{\"immediateActions\": \"Åtgärd " + marker + "\", \"participants\": \"Deltagare " + marker + "\"}");
        concernEvent(concern, opened, "ACTIVATED", "Skäl " + marker, "{\"caseManagerId\": \"" + cm + "\"}");

        UUID question = disclosure(child, "CONCERN", concern, concernRef, "OUT", marker, null, opened);
        UUID answer = disclosure(child, "CONCERN", concern, concernRef, "IN", marker, null, opened);
        jdbc.sql("""
                        insert into concern_inquiry (id, municipality_id, concern_id, actor_organisation, actor_kind,
                            actor_function, question, asked_at, asked_by_staff_id, asked_in_function,
                            question_disclosure_id, answered_at, answer, answer_disclosure_id, answer_recorded_by_staff_id,
                            answer_recorded_in_function)
                        values (?, ?, ?, 'Polisen', 'POLICE', 'Kommunpolis', ?, ?, ?, 'INDIVIDUAL_COORDINATOR', ?, ?, ?, ?, ?,
                            'INDIVIDUAL_COORDINATOR')
                        """)
                .params(
                        UUID.randomUUID(),
                        m,
                        concern,
                        "Fråga " + marker,
                        ts(opened.minus(2, ChronoUnit.DAYS)),
                        ic,
                        question,
                        ts(opened.minus(1, ChronoUnit.DAYS)),
                        "Svar " + marker,
                        answer,
                        ic)
                .update();

        jdbc.sql("""
                        insert into collab_case (id, municipality_id, reference, person_id, origin_concern_id,
                            case_manager_staff_id, opened_at, status, phase, intensive, closed_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, 'CLOSED', 'MAINTENANCE', false, ?, 7)
                        """)
                .params(caseId, m, caseRef, child, concern, cm, ts(opened), ts(closed))
                .update();
        caseEvent(
                caseId,
                opened,
                "OPENED",
                null,
                "{\"concernId\": \"" + concern + "\", \"caseManagerId\": \"" + cm + "\"}");
        caseEvent(
                caseId,
                opened.plus(5, ChronoUnit.DAYS),
                "PHASE_CHANGED",
                "Skäl " + marker,
                "{\"from\": \"EXPLORING\", \"to\": \"CHANGE\"}");
        caseEvent(
                caseId,
                opened.plus(6, ChronoUnit.DAYS),
                "PLAN_REVISED",
                "Skäl " + marker,
                "{\"revision\": 1, \"summary\": \"Sammanfattning " + marker + "\"}");
        caseEvent(caseId, closed, "CLOSED", "Avslut " + marker, "{}");

        part("""
                insert into case_contact (id, municipality_id, case_id, occurred_at, kind, with_whom, with_whom_detail,
                    person_id, note, recorded_by, acting_function, recorded_at)
                values (:id, :m, :case, :at, 'HOME_VISIT', '{CHILD,GUARDIAN}', :text, :guardian, :text, :cm,
                    'CASE_MANAGER', :at)""", caseId, guardian, marker, opened.plus(2, ChronoUnit.DAYS));
        part("""
                insert into check_in (id, municipality_id, case_id, held_on, risk_and_needs, new_actors,
                    family_resources, workload_manageable, workload_note, obstacles, recorded_by, acting_function,
                    recorded_at)
                values (:id, :m, :case, :day, :text, :text, :text, true, :text, :text, :ic, 'INDIVIDUAL_COORDINATOR',
                    :at)""", caseId, guardian, marker, opened.plus(3, ChronoUnit.DAYS));
        part("""
                insert into group_actor (id, municipality_id, case_id, organisation, function_name, person_name, task,
                    mandate, joined_on, left_on, left_reason, recorded_by, recorded_at)
                values (:id, :m, :case, 'Gallringsskolan', 'Mentor', :text, :text, :text, :day, :day, :text, :cm,
                    :at)""", caseId, guardian, marker, opened.plus(3, ChronoUnit.DAYS));
        UUID meeting = part("""
                insert into group_meeting (id, municipality_id, case_id, held_at, agenda, attendees, child_attends,
                    family_attends, family_chose_attendees, attendance_note, child_preparation, outcomes,
                    outcome_recorded_at, outcome_recorded_by, recorded_by, recorded_at)
                values (:id, :m, :case, :at, :text, :text, true, true, true, :text, :text, :text, :at, :cm, :cm,
                    :at)""", caseId, guardian, marker, opened.plus(4, ChronoUnit.DAYS));
        jdbc.sql("""
                        insert into meeting_action (meeting_id, municipality_id, position, what, owner, due_on)
                        values (?, ?, 1, ?, ?, ?)
                        """)
                .params(meeting, m, "Vad " + marker, "Vem " + marker, day.plusDays(10))
                .update();
        part("""
                insert into instrument_use (id, municipality_id, case_id, instrument, used_on, chosen_by, why, reading,
                    complemented_by, result, after_on, after_result, after_reading, recorded_by, acting_function,
                    recorded_at)
                values (:id, :m, :case, 'SDQ', :day, :text, :text, :text, :text, :text, :day, :text, :text, :cm,
                    'CASE_MANAGER', :at)""", caseId, guardian, marker, opened.plus(5, ChronoUnit.DAYS));
        part("""
                insert into after_action_review (id, municipality_id, case_id, held_on, invited_actors, what_worked,
                    do_again, avoid, missed_signals, child_view, family_view, views_agreed, recorded_by,
                    acting_function, recorded_at)
                values (:id, :m, :case, :day, :text, :text, :text, :text, :text, :text, :text, true, :ic,
                    'INDIVIDUAL_COORDINATOR', :at)""", caseId, guardian, marker, closed);
        part("""
                insert into declined_interventions (id, municipality_id, case_id, declared_on, note, declared_by,
                    declared_at, withdrawn_on, withdrawn_by, withdrawn_at)
                values (:id, :m, :case, :day, :text, :cm, :at, :day, :cm, :at)""", caseId, guardian, marker, opened.plus(6, ChronoUnit.DAYS));
        UUID followUp = part("""
                insert into case_follow_up (id, municipality_id, case_id, due_on, what, scheduled_at,
                    scheduled_by_staff_id, done_at, done_by_staff_id, done_note)
                values (:id, :m, :case, :day, :text, :at, :cm, :at, :cm, :text)""", caseId, guardian, marker, opened.plus(7, ChronoUnit.DAYS));
        jdbc.sql("""
                        insert into follow_up_reminder (id, municipality_id, follow_up_id, case_id, case_reference,
                            due_on, state, created_at, settled_at)
                        values (?, ?, ?, ?, ?, ?, 'DUE', ?, ?)
                        """)
                .params(UUID.randomUUID(), m, followUp, caseId, caseRef, day, ts(opened), ts(closed))
                .update();
        jdbc.sql("""
                        insert into reminder (id, municipality_id, concern_id, concern_reference, kind, state, due_at,
                            addressed_to, created_at, settled_at)
                        values (?, ?, ?, ?, 'DECISION', 'DUE_SOON', ?, 'INDIVIDUAL_COORDINATOR', ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        m,
                        concern,
                        concernRef,
                        ts(opened),
                        ts(opened.minus(1, ChronoUnit.DAYS)),
                        ts(opened))
                .update();
        jdbc.sql("""
                        insert into case_transition (id, municipality_id, case_id, kind, occurs_on, owner_organisation,
                            note, home_coming_plan, recorded_at, recorded_by_staff_id, recorded_as)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CASE_MANAGER')
                        """)
                .params(
                        UUID.randomUUID(),
                        m,
                        caseId,
                        transition,
                        day.plusDays(8),
                        "Ägare " + marker,
                        "Not " + marker,
                        transition.equals("HOME_COMING") ? "Plan " + marker : null,
                        ts(opened.plus(8, ChronoUnit.DAYS)),
                        cm)
                .update();

        UUID consent = UUID.randomUUID();
        jdbc.sql("""
                        insert into consent (id, municipality_id, case_id, person_id, categories, purpose, given_on, form,
                            noted_by, recorded_at, recorded_by)
                        values (?, ?, ?, ?, '{SCHOOL,HEALTH}', ?, ?, 'ORAL', ?, ?, ?)
                        """)
                .params(
                        consent,
                        m,
                        caseId,
                        child,
                        "Syfte " + marker,
                        day.plusDays(1),
                        "Antecknat " + marker,
                        ts(opened.plus(1, ChronoUnit.DAYS)),
                        cm)
                .update();
        jdbc.sql("insert into consent_giver (consent_id, person_id, role) values (?, ?, 'GUARDIAN')")
                .params(consent, guardian)
                .update();
        jdbc.sql(
                        "insert into consent_recipient (id, consent_id, position, organisation, kind) values (?, ?, 1, 'Gallringsskolan', 'SCHOOL')")
                .params(UUID.randomUUID(), consent)
                .update();
        jdbc.sql("""
                        insert into consent_withdrawal (id, consent_id, municipality_id, withdrawn_at, communicated_by,
                            categories, note, recorded_at, recorded_by)
                        values (?, ?, ?, ?, ?, '{HEALTH}', ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        consent,
                        m,
                        ts(opened.plus(9, ChronoUnit.DAYS)),
                        "Mamma " + marker,
                        "Not " + marker,
                        ts(opened.plus(9, ChronoUnit.DAYS)),
                        cm)
                .update();

        UUID plan = UUID.randomUUID();
        jdbc.sql("insert into plan (id, municipality_id, case_id, current_revision, created_at) values (?, ?, ?, 1, ?)")
                .params(plan, m, caseId, ts(opened.plus(6, ChronoUnit.DAYS)))
                .update();
        String content = """
                {"goals": [{"id": "%s", "lifeArea": "SCHOOL_OR_OCCUPATION", "aim": "Mål %s",
                  "actions": [{"id": "%s", "what": "Gör %s", "who": "Mamma %s", "whoStaffId": "%s", "byWhen": "%s"}],
                  "followUps": ["%s"], "evaluation": {"evaluated": true, "outcome": "Utfall %s"}}],
                 "childView": "Barnets syn %s",
                 "guardianViews": [{"personId": "%s", "name": "Namn %s", "view": "Syn %s"}],
                 "difficultiesPlan": "Plan %s"}""".formatted(
                        UUID.randomUUID(),
                        marker,
                        UUID.randomUUID(),
                        marker,
                        marker,
                        cm,
                        day.plusDays(20),
                        day.plusDays(30),
                        marker,
                        marker,
                        guardian,
                        marker,
                        marker,
                        marker);
        jdbc.sql("""
                        insert into plan_revision (plan_id, municipality_id, revision, revised_at, revised_by,
                            acting_function, change_summary, reason, content)
                        values (?, ?, 1, ?, ?, 'CASE_MANAGER', ?, ?, ?::jsonb)
                        """)
                .params(
                        plan,
                        m,
                        ts(opened.plus(6, ChronoUnit.DAYS)),
                        cm,
                        "Ändring " + marker,
                        "Skäl " + marker,
                        content)
                .update();

        UUID investigation = UUID.randomUUID();
        jdbc.sql("""
                        insert into investigation (id, municipality_id, case_id, diary_number, status,
                            case_officer_staff_id, opened_on, status_on, closed_on, linked_by, linked_at)
                        values (?, ?, ?, ?, 'CLOSED_WITH_INTERVENTION', ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        investigation,
                        m,
                        caseId,
                        "Dnr " + marker,
                        ic,
                        day,
                        day.plusDays(20),
                        day.plusDays(20),
                        cm,
                        ts(opened.plus(1, ChronoUnit.DAYS)))
                .update();
        jdbc.sql("""
                        insert into investigation_event (investigation_id, municipality_id, occurred_at, staff_id, type,
                            on_date, text)
                        values (?, ?, ?, ?, 'STATUS_CHANGED', ?, ?)
                        """)
                .params(investigation, m, ts(opened.plus(2, ChronoUnit.DAYS)), cm, day.plusDays(2), "Text " + marker)
                .update();
        jdbc.sql("""
                        insert into investigation_decision (id, investigation_id, municipality_id, decided_on, decision,
                            recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        investigation,
                        m,
                        day.plusDays(15),
                        "Beslut " + marker,
                        cm,
                        ts(opened.plus(15, ChronoUnit.DAYS)))
                .update();
        jdbc.sql("""
                        insert into case_officer_feedback (id, investigation_id, municipality_id, given_on, observations,
                            needs, suggestions, given_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        investigation,
                        m,
                        day.plusDays(10),
                        "Iakttagelse " + marker,
                        "Behov " + marker,
                        "Förslag " + marker,
                        cm,
                        ts(opened.plus(10, ChronoUnit.DAYS)))
                .update();

        UUID escalation = UUID.randomUUID();
        jdbc.sql("""
                        insert into escalation (id, municipality_id, case_id, counterpart, subject, status, opened_at)
                        values (?, ?, ?, ?, ?, 'CONCLUDED', ?)
                        """)
                .params(
                        escalation,
                        m,
                        caseId,
                        "Motpart " + marker,
                        "Fråga " + marker,
                        ts(opened.plus(11, ChronoUnit.DAYS)))
                .update();
        jdbc.sql("""
                        insert into escalation_step (escalation_id, municipality_id, position, level, question, raised_by,
                            raised_function, raised_at, outcome, settled, outcome_by, outcome_function, outcome_at)
                        values (?, ?, 1, 'COUNTERPART', ?, ?, 'CASE_MANAGER', ?, ?, true, ?, 'CASE_MANAGER', ?)
                        """)
                .params(
                        escalation,
                        m,
                        "Fråga " + marker,
                        cm,
                        ts(opened.plus(11, ChronoUnit.DAYS)),
                        "Utfall " + marker,
                        cm,
                        ts(opened.plus(12, ChronoUnit.DAYS)))
                .update();

        UUID shared = disclosure(child, "CASE", caseId, caseRef, "OUT", marker, null, opened.plus(3, ChronoUnit.DAYS));
        disclosure(child, "CASE", caseId, caseRef, "OUT", marker, shared, opened.plus(4, ChronoUnit.DAYS));
        disclosure(guardian, null, null, null, "IN", marker, null, opened.plus(5, ChronoUnit.DAYS));
        return new Written(caseId, caseRef, concern, concernRef);
    }

    private void concernEvent(UUID concern, Instant at, String type, String reason, String details) {
        jdbc.sql("""
                        insert into concern_event (concern_id, municipality_id, occurred_at, staff_id, acting_function,
                            type, reason, details)
                        values (?, ?, ?, ?, 'INDIVIDUAL_COORDINATOR', ?, ?, ?::jsonb)
                        """)
                .params(concern, world.municipality, ts(at), world.icStaff(), type, reason, details)
                .update();
    }

    private void caseEvent(UUID caseId, Instant at, String type, String reason, String details) {
        jdbc.sql("""
                        insert into case_event (case_id, municipality_id, occurred_at, staff_id, acting_function, type,
                            reason, details)
                        values (?, ?, ?, ?, 'CASE_MANAGER', ?, ?, ?::jsonb)
                        """)
                .params(caseId, world.municipality, ts(at), world.cmStaff(), type, reason, details)
                .update();
    }

    /** One row of a case's part, from SQL with the usual names; returns its id. */
    private UUID part(String sql, UUID caseId, UUID guardian, String marker, Instant at) {
        UUID id = UUID.randomUUID();
        var statement = jdbc.sql(sql)
                .param("id", id)
                .param("m", world.municipality)
                .param("case", caseId)
                .param("at", ts(at))
                .param("day", LocalDate.ofInstant(at, ZONE))
                .param("text", "Text " + marker)
                .param("cm", world.cmStaff())
                .param("ic", world.icStaff());
        if (sql.contains(":guardian")) {
            statement = statement.param("guardian", guardian);
        }
        statement.update();
        return id;
    }

    private UUID disclosure(
            UUID person,
            String contextType,
            UUID contextId,
            String contextReference,
            String direction,
            String marker,
            UUID corrects,
            Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into disclosure_entry (id, municipality_id, occurred_at, recorded_at, direction, person_id,
                            context_type, context_id, context_reference, from_organisation, from_kind, to_organisation,
                            to_kind, categories, legal_basis, balancing, requested_by_recipient,
                            crime_prevention_purpose, subject_age, decided_by_staff_id, decided_in_function, summary,
                            corrects_entry_id, correction_reason)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Socialtjänsten', 'SOCIAL_SERVICES', 'Gallringsskolan',
                            'SCHOOL', '{SCHOOL}', 'OSL_10_2', ?, false, false, 15, ?, 'INDIVIDUAL_COORDINATOR', ?, ?, ?)
                        """)
                .params(
                        id,
                        world.municipality,
                        ts(at),
                        ts(at),
                        direction,
                        person,
                        contextType,
                        contextId,
                        contextReference,
                        "Avvägning " + marker,
                        world.icStaff(),
                        "Sammanfattning " + marker,
                        corrects,
                        corrects == null ? null : "Rättelse " + marker)
                .update();
        return id;
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
