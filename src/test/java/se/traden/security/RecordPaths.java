package se.traden.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills an endpoint's path variables with existing records of a municipality (Sjöstad unless told), so that a request reaches past
 * the lookup of its record: {@code /cases/{caseId}/consents/{consentId}} gets a case and one of that
 * case's consents. A collection it does not know gets a random id (the request then meets a 404).
 */
final class RecordPaths {
    private static final Map<String, String> TABLE_OF_SEGMENT = Map.ofEntries(
            Map.entry("cases", "collab_case"),
            Map.entry("concerns", "concern"),
            Map.entry("inquiries", "concern_inquiry"),
            Map.entry("transitions", "case_transition"),
            Map.entry("follow-ups", "case_follow_up"),
            Map.entry("follow-up-reminders", "follow_up_reminder"),
            Map.entry("reminders", "reminder"),
            Map.entry("consents", "consent"),
            Map.entry("actors", "group_actor"),
            Map.entry("meetings", "group_meeting"),
            Map.entry("reviews", "after_action_review"),
            Map.entry("instruments", "instrument_use"),
            Map.entry("investigations", "investigation"),
            Map.entry("escalations", "escalation"),
            Map.entry("steps", "escalation_step"),
            Map.entry("deviations", "deviation"),
            Map.entry("actions", "deviation_action"),
            Map.entry("risks", "operational_risk"),
            Map.entry("steering-reports", "steering_report"),
            Map.entry("functions", "org_function"),
            Map.entry("staff", "staff"),
            Map.entry("units", "unit"),
            Map.entry("reporting-organisations", "reporting_organisation"),
            Map.entry("assignments", "function_assignment"),
            Map.entry("people", "person"),
            Map.entry("disclosures", "disclosure_entry"),
            Map.entry("consultations", "consultation"));
    private static final Map<String, String> PARENT_COLUMN = Map.of(
            "cases", "case_id", "concerns", "concern_id", "deviations", "deviation_id", "escalations", "escalation_id");
    private static final List<String> JUNK_IDS =
            List.of("not-a-uuid", "%27%20or%201%3D1", "0", "-1", "99999999999", "..%2F..%2Fetc");

    private final JdbcClient jdbc;
    private final UUID municipality;
    private final Map<String, Set<String>> columns = new HashMap<>();

    /** Records of Sjöstad, the demo municipality. */
    RecordPaths(JdbcClient jdbc) {
        this(
                jdbc,
                jdbc.sql("select id from municipality where code = 'sjostad'")
                        .query(UUID.class)
                        .single());
    }

    RecordPaths(JdbcClient jdbc, UUID municipality) {
        this.jdbc = jdbc;
        this.municipality = municipality;
    }

    UUID municipality() {
        return municipality;
    }

    /** The endpoint's path with existing records in its variables. */
    String path(Endpoint endpoint) {
        return path(endpoint, null);
    }

    /** The endpoint's path with existing records, and now and then junk, in its variables. */
    String path(Endpoint endpoint, Hostile hostile) {
        String[] segments = endpoint.pattern().split("/");
        Map<String, UUID> parents = new HashMap<>();
        var path = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            path.append('/');
            if (!(segment.startsWith("{") && segment.endsWith("}"))) {
                path.append(segment);
                continue;
            }
            String collection = segments[i - 1];
            if (hostile != null && hostile.chance(3)) {
                path.append(hostile.oneOf(JUNK_IDS));
                continue;
            }
            if ("quality-reports".equals(collection) || segment.contains("year")) {
                path.append(hostile == null || hostile.chance(80) ? "2026" : "-5");
                continue;
            }
            if (segment.contains("number")) {
                path.append("1");
                continue;
            }
            String table = TABLE_OF_SEGMENT.get(collection);
            UUID id = table == null ? null : existing(table, parents);
            if (id == null) {
                id = UUID.randomUUID();
            }
            parents.put(collection, id);
            path.append(id);
        }
        return path.toString();
    }

    private UUID existing(String table, Map<String, UUID> parents) {
        Set<String> tableColumns = columns.computeIfAbsent(
                table,
                t -> Set.copyOf(jdbc.sql(
                                "select column_name from information_schema.columns where table_schema = current_schema()"
                                        + " and table_name = ?")
                        .param(t)
                        .query(String.class)
                        .list()));
        var where = new StringBuilder("municipality_id = ?");
        var params = new ArrayList<Object>(List.of(municipality));
        parents.forEach((collection, id) -> {
            String column = PARENT_COLUMN.get(collection);
            if (column != null && tableColumns.contains(column)) {
                where.append(" and ").append(column).append(" = ?");
                params.add(id);
            }
        });
        return jdbc.sql("select id from " + table + " where " + where + " order by random() limit 1")
                .params(params)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }
}
