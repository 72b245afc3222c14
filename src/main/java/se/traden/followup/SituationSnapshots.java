package se.traden.followup;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The situation pictures computed ahead (table {@code situation_snapshot}, decision 0130): one row per
 * municipality and period, replaced by the next computation. The tables are stored whole; the steering
 * group's suppression is applied when one is read.
 */
@Repository
class SituationSnapshots {
    /** A stored picture: its tables, when they were computed and how long that took. */
    record Snapshot(Period period, Instant computedAt, long computedInMillis, List<IndicatorTable> tables) {}

    /** How a cell is told apart in the stored JSON; the domain types carry no JSON annotations. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Cell.Count.class, name = "count"),
        @JsonSubTypes.Type(value = Cell.Share.class, name = "share"),
        @JsonSubTypes.Type(value = Cell.Days.class, name = "days"),
        @JsonSubTypes.Type(value = Cell.Hidden.class, name = "hidden")
    })
    private interface CellKinds {}

    private static final TypeReference<List<IndicatorTable>> TABLES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json =
            JsonMapper.builder().addMixIn(Cell.class, CellKinds.class).build();

    SituationSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Snapshot> find(UUID municipality, Period period) {
        return jdbc.sql("""
                        select computed_at, computed_in_ms, tables::text from situation_snapshot
                         where municipality_id = ? and period_from = ? and period_to = ?
                        """)
                .params(municipality, period.from(), period.to())
                .query((rs, n) -> {
                    Instant computedAt = rs.getTimestamp(1).toInstant();
                    long took = rs.getLong(2);
                    return Optional.ofNullable(read(rs.getString(3)))
                            .map(tables -> new Snapshot(period, computedAt, took, tables));
                })
                .optional()
                .flatMap(snapshot -> snapshot);
    }

    void save(UUID municipality, Snapshot snapshot) {
        jdbc.sql("""
                        insert into situation_snapshot
                            (municipality_id, period_from, period_to, computed_at, computed_in_ms, tables)
                        values (?, ?, ?, ?, ?, ?::jsonb)
                        on conflict (municipality_id, period_from, period_to) do update
                           set computed_at = excluded.computed_at, computed_in_ms = excluded.computed_in_ms,
                               tables = excluded.tables
                        """)
                .params(
                        municipality,
                        snapshot.period().from(),
                        snapshot.period().to(),
                        Timestamp.from(snapshot.computedAt()),
                        (int) Math.min(Integer.MAX_VALUE, snapshot.computedInMillis()),
                        json.writeValueAsString(snapshot.tables()))
                .update();
    }

    /** Removes the municipality's pictures computed before {@code before}: periods nobody computes any more. */
    int removeOlderThan(UUID municipality, Instant before) {
        return jdbc.sql("delete from situation_snapshot where municipality_id = ? and computed_at < ?")
                .params(municipality, Timestamp.from(before))
                .update();
    }

    /** The stored tables, or null when they no longer read as the current types (then it is computed anew). */
    private List<IndicatorTable> read(String text) {
        try {
            return json.readValue(text, TABLES);
        } catch (JacksonException e) {
            return null;
        }
    }
}
