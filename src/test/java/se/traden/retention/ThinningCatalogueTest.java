package se.traden.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.traden.support.IntegrationTest;
import se.traden.support.TestDatabase;

/**
 * Every table of the schema is in the thinning catalogue, and every text column of a table thinning
 * touches is either thinned or kept with a reason. A new table or column fails here until someone has
 * decided what retention does with it (see docs/decisions/0100-retention.md).
 */
class ThinningCatalogueTest extends IntegrationTest {
    /** The catalogue is about every table, so the schema is read as its owner sees it. */
    private final JdbcClient owner = TestDatabase.owner();

    @Test
    void everyTableIsThinnedOrLeftAloneForAReason() {
        Set<String> tables = new TreeSet<>(owner.sql("""
                        select table_name from information_schema.tables
                         where table_schema = 'public' and table_type = 'BASE TABLE'
                        """).query(String.class).list());
        assertThat(ThinningCatalogue.tables())
                .as("tables of the database that the thinning catalogue does not name: add them to"
                        + " ThinningCatalogue.PARTS (thinned) or UNTOUCHED (with the reason)")
                .containsAll(tables);
        assertThat(tables)
                .as("tables the thinning catalogue names that are not in the database")
                .containsAll(ThinningCatalogue.tables());
    }

    @Test
    void everyTextColumnOfAThinnedTableIsThinnedOrKeptForAReason() {
        Map<String, Set<String>> textColumns = new TreeMap<>();
        owner.sql("""
                        select table_name, column_name from information_schema.columns
                         where table_schema = 'public'
                           and (data_type in ('text', 'jsonb', 'json', 'character varying') or udt_name in ('_text', '_varchar'))
                        """).query(rs -> {
            textColumns.computeIfAbsent(rs.getString(1), t -> new TreeSet<>()).add(rs.getString(2));
        });
        List<String> unaccounted = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (ThinningCatalogue.Part part : ThinningCatalogue.PARTS) {
            Set<String> named = new HashSet<>(part.kept().keySet());
            part.thinned().forEach(c -> named.add(c.name()));
            for (String column : textColumns.getOrDefault(part.table(), Set.of())) {
                if (!named.contains(column)) {
                    unaccounted.add(part.table() + "." + column);
                }
            }
            Set<String> all = new HashSet<>(
                    owner.sql("""
                            select column_name from information_schema.columns
                             where table_schema = 'public' and table_name = ?
                            """).param(part.table()).query(String.class).list());
            named.stream().filter(c -> !all.contains(c)).forEach(c -> unknown.add(part.table() + "." + c));
        }
        assertThat(unaccounted)
                .as("text columns neither thinned nor kept for a reason in ThinningCatalogue")
                .isEmpty();
        assertThat(unknown)
                .as("columns the catalogue names that the table does not have")
                .isEmpty();
    }

    @Test
    void aThinnedColumnIsNeverAlsoKept() {
        for (ThinningCatalogue.Part part : ThinningCatalogue.PARTS) {
            for (ThinningCatalogue.Column column : part.thinned()) {
                assertThat(part.kept()).as(part.table()).doesNotContainKey(column.name());
            }
        }
    }
}
