package se.traden.collaboration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FunctionType;

/** Instrument uses in PostgreSQL. Every read names the municipality. */
@Repository
class InstrumentUses {
    private final JdbcClient jdbc;

    InstrumentUses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(InstrumentUse u) {
        jdbc.sql("""
                        insert into instrument_use (id, municipality_id, case_id, instrument, other_name, used_on,
                            chosen_by, why, reading, complemented_by, result, recorded_by, acting_function, recorded_at,
                            version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                        """)
                .params(
                        u.id(),
                        u.municipalityId(),
                        u.caseId(),
                        u.instrument().name(),
                        u.otherName(),
                        u.usedOn(),
                        u.chosenBy(),
                        u.why(),
                        u.reading(),
                        u.complementedBy(),
                        u.result(),
                        u.recorded().staffId(),
                        u.recorded().function().name(),
                        Timestamp.from(u.recorded().at()))
                .update();
    }

    void updateAfter(InstrumentUse u) {
        int rows = jdbc.sql("""
                        update instrument_use set after_on = ?, after_result = ?, after_reading = ?, version = version + 1
                         where id = ? and municipality_id = ? and version = ?
                        """)
                .params(u.afterOn(), u.afterResult(), u.afterReading(), u.id(), u.municipalityId(), u.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException("instrument-use", u.id(), u.version());
        }
    }

    Optional<InstrumentUse> find(UUID municipality, UUID caseId, UUID id) {
        return jdbc.sql("select * from instrument_use where municipality_id = ? and case_id = ? and id = ?")
                .params(municipality, caseId, id)
                .query(InstrumentUses::map)
                .optional();
    }

    List<InstrumentUse> ofCase(UUID municipality, UUID caseId) {
        return jdbc.sql("""
                        select * from instrument_use where municipality_id = ? and case_id = ?
                         order by used_on desc, recorded_at desc
                        """)
                .params(municipality, caseId)
                .query(InstrumentUses::map)
                .list();
    }

    private static InstrumentUse map(ResultSet rs, int n) throws SQLException {
        return new InstrumentUse(
                rs.getObject("id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                rs.getObject("case_id", UUID.class),
                Instrument.valueOf(rs.getString("instrument")),
                rs.getString("other_name"),
                rs.getObject("used_on", LocalDate.class),
                rs.getString("chosen_by"),
                rs.getString("why"),
                rs.getString("reading"),
                rs.getString("complemented_by"),
                rs.getString("result"),
                rs.getObject("after_on", LocalDate.class),
                rs.getString("after_result"),
                rs.getString("after_reading"),
                new Recorded(
                        rs.getObject("recorded_by", UUID.class),
                        FunctionType.valueOf(rs.getString("acting_function")),
                        rs.getTimestamp("recorded_at").toInstant()),
                rs.getLong("version"));
    }
}
