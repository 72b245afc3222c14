package se.traden.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a generated municipality contains, read straight from the tables: a fingerprint of its content
 * (without ids, which differ from run to run), and the checks of its consistency.
 */
final class GeneratedData {
    private final JdbcClient jdbc;
    private final UUID municipality;

    GeneratedData(JdbcClient jdbc, String code) {
        this.jdbc = jdbc;
        this.municipality = jdbc.sql("select id from municipality where code = ?")
                .param(code)
                .query(UUID.class)
                .single();
    }

    UUID municipality() {
        return municipality;
    }

    /** Everything that should come out the same from the same seed, as lines of text. */
    List<String> fingerprint() {
        List<String> lines = new ArrayList<>();
        lines.addAll(lines("staff", "select name from staff where municipality_id = ? order by name"));
        lines.addAll(lines("person", """
                select kind || ' ' || coalesce(personal_number, '-') || ' ' || given_names || ' ' || family_name
                       || ' ' || coalesce(date_of_birth::text, '-') || ' ' || coalesce(split_part(address, ',', 1), '-')
                  from person where municipality_id = ? order by 1
                """));
        lines.addAll(lines("concern", """
                select reference || ' ' || received_at || ' ' || status || ' ' || array_to_string(problem_areas, ',')
                       || ' ' || urgent || ' ' || coalesce(complexity, '-') || ' ' || mandatory_report || ' '
                       || reporter_organisation || ' ' || md5(worry)
                  from concern where municipality_id = ? order by 1
                """));
        lines.addAll(lines("concern-event", """
                select c.reference || ' ' || e.type || ' ' || e.occurred_at || ' ' || coalesce(e.acting_function, '-')
                  from concern_event e join concern c on c.id = e.concern_id
                 where c.municipality_id = ? order by 1
                """));
        lines.addAll(lines("case", """
                select reference || ' ' || opened_at || ' ' || status || ' ' || phase || ' ' || intensive || ' '
                       || coalesce(maintenance_until::text, '-')
                  from collab_case where municipality_id = ? order by 1
                """));
        lines.addAll(lines("case-event", """
                select c.reference || ' ' || e.type || ' ' || e.occurred_at
                  from case_event e join collab_case c on c.id = e.case_id
                 where c.municipality_id = ? order by 1
                """));
        for (String table : List.of(
                "consent",
                "consent_withdrawal",
                "case_contact",
                "check_in",
                "investigation",
                "case_transition",
                "after_action_review",
                "case_follow_up",
                "group_actor",
                "group_meeting")) {
            lines.add(table + ": " + rows(table));
        }
        lines.addAll(lines(
                "plan-revision",
                "select revision || ' ' || revised_at || ' '"
                        + " || md5(regexp_replace(content::text, '\"[0-9a-f-]{36}\"', '', 'g'))"
                        + " from plan_revision where municipality_id = ? order by 1"));
        lines.addAll(lines(
                "disclosure",
                "select direction || ' ' || legal_basis || ' ' || occurred_at from disclosure_entry"
                        + " where municipality_id = ? order by 1"));
        return lines;
    }

    long rows(String table) {
        return jdbc.sql("select count(*) from " + table + " where municipality_id = ?")
                .param(municipality)
                .query(Long.class)
                .single();
    }

    long count(String sql, Object... params) {
        List<Object> all = new ArrayList<>();
        all.add(municipality);
        all.addAll(List.of(params));
        return jdbc.sql(sql).params(all).query(Long.class).single();
    }

    List<String> values(String sql) {
        return jdbc.sql(sql).param(municipality).query(String.class).list();
    }

    private List<String> lines(String label, String sql) {
        return values(sql).stream().map(v -> label + ": " + v).toList();
    }
}
