package se.traden.retention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every table of the schema, and for each text column what thinning does with it: overwritten with the
 * placeholder, emptied, its JSON thinned, or kept with the reason it is not personal data (an enum the
 * situation picture counts, an organisation, a reference). Tables outside a child's file are listed with
 * the reason they are left alone. A test compares this list with the database, so that a new table or
 * text column cannot slip past thinning unnoticed.
 *
 * <p>Each part of a file is reached by a condition on the ids of the file's cases ({@code :cases}),
 * concerns ({@code :concerns}), persons ({@code :persons}) or consultations ({@code :consultations}), and
 * names the moment it was written, from which the file's last entry is read.
 */
final class ThinningCatalogue {
    /** What a thinned text reads afterwards. The database's thinning check (V102) uses the same text. */
    static final String PLACEHOLDER = "[gallrad]";

    private static final String FACT = "a fact the history and the situation picture read (a kind, a status, a code)";
    private static final String ORGANISATION = "an organisation or a function, not a person";
    private static final String REFERENCE = "the record's number, which identifies the record and not the person";
    private static final String STAFF = "staff and organisation data, not about the children and families";

    /** How a column is thinned. */
    enum Treatment {
        /** Overwritten with {@link #PLACEHOLDER} when it has a value. */
        PLACEHOLDER,
        /** Emptied. */
        EMPTIED,
        /** A JSON document whose texts become the placeholder; ids, dates and codes stay. */
        JSON
    }

    /** Which ids reach a part of a file. */
    enum Scope {
        CASE,
        CONCERN,
        PERSON,
        CONSULTATION,
        /** The disclosure ledger: entries of the file's cases and concerns, and entries about its persons alone. */
        DISCLOSURE
    }

    record Column(String name, Treatment treatment) {}

    /** One table of a file: how its rows are reached, when they were written, what is thinned and what kept. */
    record Part(
            String table, Scope scope, String where, String writtenAt, List<Column> thinned, Map<String, String> kept) {

        Part thin(String column, Treatment treatment) {
            List<Column> columns = new ArrayList<>(thinned);
            columns.add(new Column(column, treatment));
            return new Part(table, scope, where, writtenAt, List.copyOf(columns), kept);
        }

        Part thin(String... columns) {
            Part part = this;
            for (String column : columns) {
                part = part.thin(column, Treatment.PLACEHOLDER);
            }
            return part;
        }

        Part keep(String column, String reason) {
            Map<String, String> columns = new LinkedHashMap<>(kept);
            columns.put(column, reason);
            return new Part(table, scope, where, writtenAt, thinned, Map.copyOf(columns));
        }

        /** The update that thins this part, or null when nothing in it is thinned. */
        String updateSql() {
            if (thinned.isEmpty()) {
                return null;
            }
            String set =
                    thinned.stream().map(c -> c.name() + " = " + expression(c)).collect(Collectors.joining(", "));
            return "update " + table + " set " + set + " where municipality_id = :m and (" + where + ")";
        }

        private static String expression(Column c) {
            return switch (c.treatment()) {
                case PLACEHOLDER -> "case when " + c.name() + " is null then null else '" + PLACEHOLDER + "' end";
                case EMPTIED -> "null";
                case JSON -> "retention_thin_json(" + c.name() + ")";
            };
        }
    }

    private static Part part(String table, Scope scope, String where, String writtenAt) {
        return new Part(table, scope, where, writtenAt, List.of(), Map.of());
    }

    private static final String CASES = "case_id in (:cases)";

    /** The parts of the records thinning touches. The person table is thinned by its own statement. */
    static final List<Part> PARTS = List.of(
            part("collab_case", Scope.CASE, "id in (:cases)", "greatest(opened_at, closed_at)")
                    .keep("reference", REFERENCE)
                    .keep("status", FACT)
                    .keep("phase", FACT),
            part("case_event", Scope.CASE, CASES, "occurred_at")
                    .thin("reason")
                    .thin("details", Treatment.JSON)
                    .keep("type", FACT)
                    .keep("acting_function", FACT),
            part("case_follow_up", Scope.CASE, CASES, "greatest(scheduled_at, done_at)")
                    .thin("what", "done_note"),
            part("case_transition", Scope.CASE, CASES, "recorded_at")
                    .thin("owner_organisation", "note", "home_coming_plan")
                    .keep("kind", FACT)
                    .keep("recorded_as", FACT),
            part("case_contact", Scope.CASE, CASES, "greatest(occurred_at, recorded_at)")
                    .thin("with_whom_detail", "note")
                    .keep("kind", FACT)
                    .keep("with_whom", FACT)
                    .keep("acting_function", FACT),
            part("check_in", Scope.CASE, CASES, "recorded_at")
                    .thin("risk_and_needs", "new_actors", "family_resources", "workload_note", "obstacles")
                    .keep("acting_function", FACT),
            part("group_actor", Scope.CASE, CASES, "greatest(recorded_at, left_on)")
                    .thin("person_name", "task", "mandate", "left_reason")
                    .keep("organisation", ORGANISATION)
                    .keep("function_name", ORGANISATION),
            part("group_meeting", Scope.CASE, CASES, "greatest(recorded_at, outcome_recorded_at)")
                    .thin("agenda", "attendees", "attendance_note", "child_preparation", "outcomes"),
            part(
                            "meeting_action",
                            Scope.CASE,
                            "meeting_id in (select id from group_meeting where case_id in (:cases))",
                            null)
                    .thin("what", "owner"),
            part("instrument_use", Scope.CASE, CASES, "greatest(recorded_at, after_on)")
                    .thin("chosen_by", "why", "reading", "complemented_by", "result", "after_result", "after_reading")
                    .keep("instrument", FACT)
                    .keep("other_name", "the name of an instrument")
                    .keep("acting_function", FACT),
            part("after_action_review", Scope.CASE, CASES, "greatest(recorded_at, updated_at)")
                    .thin(
                            "invited_actors",
                            "what_worked",
                            "do_again",
                            "avoid",
                            "missed_signals",
                            "child_view",
                            "family_view")
                    .keep("acting_function", FACT),
            part("declined_interventions", Scope.CASE, CASES, "greatest(declared_at, withdrawn_at)")
                    .thin("note"),
            part("consent", Scope.CASE, CASES, "recorded_at")
                    .thin("purpose", "noted_by")
                    .keep("categories", FACT)
                    .keep("form", FACT),
            part("consent_giver", Scope.CASE, "consent_id in (select id from consent where case_id in (:cases))", null)
                    .keep("role", FACT),
            part(
                            "consent_recipient",
                            Scope.CASE,
                            "consent_id in (select id from consent where case_id in (:cases))",
                            null)
                    .keep("organisation", ORGANISATION)
                    .keep("kind", FACT),
            part(
                            "consent_withdrawal",
                            Scope.CASE,
                            "consent_id in (select id from consent where case_id in (:cases))",
                            "recorded_at")
                    .thin("communicated_by", "note")
                    .keep("categories", FACT),
            part("plan", Scope.CASE, CASES, "created_at"),
            part(
                            "plan_revision",
                            Scope.CASE,
                            "plan_id in (select id from plan where case_id in (:cases))",
                            "revised_at")
                    .thin("change_summary", "reason")
                    .thin("content", Treatment.JSON)
                    .keep("acting_function", FACT),
            part("investigation", Scope.CASE, CASES, "greatest(linked_at, status_on, closed_on)")
                    .thin("diary_number")
                    .keep("status", FACT),
            part(
                            "investigation_event",
                            Scope.CASE,
                            "investigation_id in (select id from investigation where case_id in (:cases))",
                            "occurred_at")
                    .thin("text")
                    .keep("type", FACT),
            part(
                            "investigation_decision",
                            Scope.CASE,
                            "investigation_id in (select id from investigation where case_id in (:cases))",
                            "recorded_at")
                    .thin("decision"),
            part(
                            "case_officer_feedback",
                            Scope.CASE,
                            "investigation_id in (select id from investigation where case_id in (:cases))",
                            "recorded_at")
                    .thin("observations", "needs", "suggestions"),
            part("escalation", Scope.CASE, CASES, "opened_at")
                    .thin("counterpart", "subject")
                    .keep("status", FACT),
            part(
                            "escalation_step",
                            Scope.CASE,
                            "escalation_id in (select id from escalation where case_id in (:cases))",
                            "greatest(raised_at, outcome_at)")
                    .thin("question", "outcome")
                    .keep("level", FACT)
                    .keep("raised_function", FACT)
                    .keep("outcome_function", FACT),
            part(
                            "concern",
                            Scope.CONCERN,
                            "id in (:concerns)",
                            "greatest(received_at, gathering_met_at, feedback_met_at, decision_met_at)")
                    .thin("reporter_name", "reporter_contact", "subject_name", "subject_school", "worry")
                    .thin("mandatory_report_reason")
                    .thin("subject_personal_number", Treatment.EMPTIED)
                    .thin("subject_birth_year", Treatment.EMPTIED)
                    .keep("reference", REFERENCE)
                    .keep("route", FACT)
                    .keep("reporter_organisation", ORGANISATION + "; the inflow per source counts it")
                    .keep("reporter_function", ORGANISATION)
                    .keep("problem_areas", FACT)
                    .keep("mandatory_report", FACT)
                    .keep("status", FACT)
                    .keep("complexity", FACT),
            part("concern_event", Scope.CONCERN, "concern_id in (:concerns)", "occurred_at")
                    .thin("reason")
                    .thin("details", Treatment.JSON)
                    .keep("type", FACT)
                    .keep("acting_function", FACT),
            part("concern_inquiry", Scope.CONCERN, "concern_id in (:concerns)", "greatest(asked_at, answered_at)")
                    .thin("question", "answer")
                    .keep("actor_organisation", ORGANISATION)
                    .keep("actor_kind", FACT)
                    .keep("actor_function", ORGANISATION)
                    .keep("asked_in_function", FACT)
                    .keep("answer_recorded_in_function", FACT),
            part(
                            "disclosure_entry",
                            Scope.DISCLOSURE,
                            "(context_type = 'CASE' and context_id in (:cases))"
                                    + " or (context_type = 'CONCERN' and context_id in (:concerns))"
                                    + " or (context_id is null and person_id in (:persons))",
                            "recorded_at")
                    .thin("balancing", "summary", "correction_reason")
                    .keep("direction", FACT)
                    .keep("context_type", FACT)
                    .keep("context_reference", REFERENCE)
                    .keep("from_organisation", ORGANISATION)
                    .keep("from_kind", FACT)
                    .keep("from_function", ORGANISATION)
                    .keep("to_organisation", ORGANISATION)
                    .keep("to_kind", FACT)
                    .keep("to_function", ORGANISATION)
                    .keep("categories", FACT)
                    .keep("legal_basis", FACT + "; the disclosures per legal basis count it")
                    .keep("decided_in_function", FACT),
            part("consultation", Scope.CONSULTATION, "id in (:consultations)", "recorded_at")
                    .thin("situation", "advice")
                    .keep("asker_kind", FACT)
                    .keep("asker_function", ORGANISATION)
                    .keep("problem_areas", FACT)
                    .keep("recorded_in_function", FACT),
            part("person", Scope.PERSON, "id in (:persons)", "greatest(created_at, updated_at)")
                    .thin("given_names", "family_name")
                    .thin("personal_number", Treatment.EMPTIED)
                    .thin("reserve_id", Treatment.EMPTIED)
                    .thin("reserve_reason", Treatment.EMPTIED)
                    .thin("phone", Treatment.EMPTIED)
                    .thin("email", Treatment.EMPTIED)
                    .thin("address", Treatment.EMPTIED)
                    .thin("date_of_birth", Treatment.EMPTIED)
                    .keep("kind", FACT)
                    .keep("identity_kind", "becomes NONE: the person is no longer identified"),
            part("person_relation", Scope.PERSON, "child_id in (:persons)", null)
                    .keep("relation", FACT));

    /** Tables thinning leaves alone, each with the reason. */
    static final Map<String, String> UNTOUCHED = Map.ofEntries(
            Map.entry("access_log", "the access log has rules of its own and is never changed (append-only, hashed)"),
            Map.entry("access_log_head", "the head of the access log's hash chain"),
            Map.entry("spring_session", "sessions, which expire after 30 minutes and are deleted by Spring Session"),
            Map.entry("spring_session_attributes", "the attributes of those sessions, deleted with them"),
            Map.entry("login_throttle", "failed logins per client address, deleted when their window ends"),
            Map.entry(
                    "situation_snapshot",
                    "the situation picture computed ahead: counts, and staff names in the caseload, never a"
                            + " child; replaced every night"),
            Map.entry("account", STAFF),
            Map.entry("staff", STAFF),
            Map.entry("competence_tag", STAFF),
            Map.entry("function_assignment", STAFF),
            Map.entry("org_function", STAFF),
            Map.entry("unit", STAFF),
            Map.entry("municipality", STAFF),
            Map.entry("reporting_organisation", STAFF),
            Map.entry("case_counter", "a number series"),
            Map.entry("concern_counter", "a number series"),
            Map.entry("deviation_counter", "a number series"),
            Map.entry("reserve_identity_counter", "a number series"),
            Map.entry(
                    "reminder",
                    "a reference, a kind and times, no personal data; settled reminders are deleted by their own rule"),
            Map.entry(
                    "follow_up_reminder",
                    "a reference, a kind and times, no personal data; settled reminders are deleted by their own rule"),
            Map.entry("deviation", "about the process, never a person (refused when it holds a personal number)"),
            Map.entry("deviation_action", "about the process, never a person"),
            Map.entry("deviation_event", "about the process, never a person"),
            Map.entry("operational_risk", "about the process, never a person or a case"),
            Map.entry("steering_report", "aggregated figures and commentary without personal numbers"),
            Map.entry("quality_report", "the annual quality report's texts, about the process"),
            Map.entry("scheduled_tasks", "the scheduler's own table"),
            Map.entry("flyway_schema_history", "the schema's history"),
            Map.entry("retention_rule", "the retention rules themselves"),
            Map.entry("retention_hold", "holds name a case or concern by its number; the reason is about the matter"),
            Map.entry("retention_run", "what the thinning job did, in counts"),
            Map.entry("retention_run_count", "what the thinning job did, in counts"),
            Map.entry("thinned_record", "which records have been thinned, by id"),
            Map.entry(
                    "emergency_access",
                    "who broke the glass on which case and why: evidence of access, kept like the access log it"
                            + " explains"),
            Map.entry("handover", "which staff member's work passed to whom, and how much: about staff"));

    static List<Part> parts(Scope scope) {
        return PARTS.stream().filter(p -> p.scope() == scope).toList();
    }

    static Set<String> tables() {
        Set<String> tables = PARTS.stream().map(Part::table).collect(Collectors.toCollection(java.util.TreeSet::new));
        tables.addAll(UNTOUCHED.keySet());
        return tables;
    }

    private ThinningCatalogue() {}
}
