package se.traden.consultation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.intake.ProblemArea;
import se.traden.shared.FunctionType;

/** Consultations in PostgreSQL. Every read names the municipality. */
@Repository
class Consultations {
    private static final String COLUMNS = """
            id, municipality_id, held_on, asker_kind, asker_function, problem_areas, situation, advice,
            may_lead_to_concern, recorded_at, recorded_by_staff_id, recorded_in_function, version
            """;

    private final JdbcClient jdbc;

    Consultations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Consultation c) {
        jdbc.sql("""
                        insert into consultation (id, municipality_id, held_on, asker_kind, asker_function,
                            problem_areas, situation, advice, may_lead_to_concern, recorded_at,
                            recorded_by_staff_id, recorded_in_function, version)
                        values (?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, 0)
                        """)
                .params(
                        c.id(),
                        c.municipalityId(),
                        c.heldOn(),
                        c.askerKind().name(),
                        c.askerFunction(),
                        areas(c.problemAreas()),
                        c.situation(),
                        c.advice(),
                        c.mayLeadToConcern(),
                        Timestamp.from(c.recorded().at()),
                        c.recorded().staffId(),
                        c.recorded().function().name())
                .update();
    }

    Optional<Consultation> find(UUID municipality, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from consultation where municipality_id = ? and id = ?")
                .params(municipality, id)
                .query(Consultations::map)
                .optional();
    }

    /** The municipality's consultations, the latest first. */
    List<Consultation> recent(UUID municipality, int limit) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from consultation where municipality_id = ? order by held_on desc, recorded_at desc limit ?")
                .params(municipality, limit)
                .query(Consultations::map)
                .list();
    }

    private static Consultation map(ResultSet rs, int n) throws SQLException {
        return new Consultation(
                rs.getObject("id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                rs.getObject("held_on", java.time.LocalDate.class),
                AskerKind.valueOf(rs.getString("asker_kind")),
                rs.getString("asker_function"),
                areas(rs.getArray("problem_areas")),
                rs.getString("situation"),
                rs.getString("advice"),
                rs.getBoolean("may_lead_to_concern"),
                new Consultation.Recorded(
                        rs.getObject("recorded_by_staff_id", UUID.class),
                        FunctionType.valueOf(rs.getString("recorded_in_function")),
                        rs.getTimestamp("recorded_at").toInstant()),
                rs.getLong("version"));
    }

    private static Set<ProblemArea> areas(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray())
                .map(ProblemArea::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProblemArea.class)));
    }

    private static String areas(Set<ProblemArea> areas) {
        return areas.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }
}
