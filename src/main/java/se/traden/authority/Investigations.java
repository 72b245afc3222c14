package se.traden.authority;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.shared.ConcurrentEditException;

/** Investigations, their decisions and the feedback on them, in PostgreSQL. Every read names the municipality. */
@Repository
class Investigations {
    private final JdbcClient jdbc;

    Investigations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Investigation i, By by) {
        jdbc.sql("""
                        insert into investigation (id, municipality_id, case_id, diary_number, status,
                            case_officer_staff_id, opened_on, status_on, closed_on, linked_by, linked_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                        """)
                .params(
                        i.id(),
                        i.municipalityId(),
                        i.caseId(),
                        i.diaryNumber(),
                        i.status().name(),
                        i.caseOfficerStaffId(),
                        i.openedOn(),
                        i.statusOn(),
                        i.closedOn(),
                        by.staffId(),
                        Timestamp.from(by.at()))
                .update();
        appendEvents(i);
    }

    void update(Investigation i) {
        int rows = jdbc.sql("""
                        update investigation set status = ?, case_officer_staff_id = ?, status_on = ?, closed_on = ?,
                            version = version + 1
                         where id = ? and municipality_id = ? and version = ?
                        """)
                .params(
                        i.status().name(),
                        i.caseOfficerStaffId(),
                        i.statusOn(),
                        i.closedOn(),
                        i.id(),
                        i.municipalityId(),
                        i.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException("investigation", i.id(), i.version());
        }
        appendEvents(i);
    }

    Optional<Investigation> find(UUID municipality, UUID caseId, UUID id) {
        return jdbc.sql("select * from investigation where municipality_id = ? and case_id = ? and id = ?")
                .params(municipality, caseId, id)
                .query(Investigations::map)
                .optional();
    }

    List<Investigation> ofCase(UUID municipality, UUID caseId) {
        return jdbc.sql("""
                        select * from investigation where municipality_id = ? and case_id = ?
                         order by opened_on desc, linked_at desc
                        """)
                .params(municipality, caseId)
                .query(Investigations::map)
                .list();
    }

    void insert(Decision d, UUID municipality) {
        jdbc.sql("""
                        insert into investigation_decision (id, investigation_id, municipality_id, decided_on, decision,
                            recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        d.id(),
                        d.investigationId(),
                        municipality,
                        d.decidedOn(),
                        d.decision(),
                        d.recordedBy(),
                        Timestamp.from(d.recordedAt()))
                .update();
    }

    void insert(Feedback f, UUID municipality) {
        jdbc.sql("""
                        insert into case_officer_feedback (id, investigation_id, municipality_id, given_on, observations,
                            needs, suggestions, given_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        f.id(),
                        f.investigationId(),
                        municipality,
                        f.givenOn(),
                        f.observations(),
                        f.needs(),
                        f.suggestions(),
                        f.givenBy(),
                        Timestamp.from(f.recordedAt()))
                .update();
    }

    List<Decision> decisions(UUID municipality, Collection<UUID> investigations) {
        if (investigations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from investigation_decision
                         where municipality_id = ? and investigation_id = any(?::uuid[])
                         order by decided_on desc, recorded_at desc
                        """)
                .params(municipality, ids(investigations))
                .query((rs, n) -> new Decision(
                        rs.getObject("id", UUID.class),
                        rs.getObject("investigation_id", UUID.class),
                        rs.getObject("decided_on", LocalDate.class),
                        rs.getString("decision"),
                        rs.getObject("recorded_by", UUID.class),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    List<Feedback> feedback(UUID municipality, Collection<UUID> investigations) {
        if (investigations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from case_officer_feedback
                         where municipality_id = ? and investigation_id = any(?::uuid[])
                         order by given_on desc, recorded_at desc
                        """)
                .params(municipality, ids(investigations))
                .query((rs, n) -> new Feedback(
                        rs.getObject("id", UUID.class),
                        rs.getObject("investigation_id", UUID.class),
                        rs.getObject("given_on", LocalDate.class),
                        rs.getString("observations"),
                        rs.getString("needs"),
                        rs.getString("suggestions"),
                        rs.getObject("given_by", UUID.class),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    boolean isCaseOfficerOf(UUID municipality, UUID caseId, UUID staff) {
        return jdbc.sql("""
                        select exists (select 1 from investigation
                                        where municipality_id = ? and case_id = ? and case_officer_staff_id = ?)
                        """)
                .params(municipality, caseId, staff)
                .query(Boolean.class)
                .single();
    }

    /** The given cases that have an investigation with an intervention (decided, or closed with one). */
    Set<UUID> withIntervention(UUID municipality, Collection<UUID> caseIds) {
        Set<UUID> found = new HashSet<>();
        if (caseIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select distinct case_id from investigation
                         where municipality_id = ? and case_id = any(?::uuid[])
                           and status in ('DECIDED', 'CLOSED_WITH_INTERVENTION')
                        """).params(municipality, ids(caseIds)).query(rs -> {
            found.add(rs.getObject(1, UUID.class));
        });
        return found;
    }

    /** The given cases whose latest investigation was closed without an intervention, with the closing day. */
    Map<UUID, LocalDate> latestClosedWithoutIntervention(UUID municipality, Collection<UUID> caseIds) {
        Map<UUID, LocalDate> found = new HashMap<>();
        if (caseIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select case_id, status, closed_on from (
                            select distinct on (case_id) case_id, status, closed_on from investigation
                             where municipality_id = ? and case_id = any(?::uuid[])
                             order by case_id, opened_on desc, linked_at desc) latest
                         where status = 'CLOSED_WITHOUT_INTERVENTION'
                        """).params(municipality, ids(caseIds)).query(rs -> {
            found.put(rs.getObject("case_id", UUID.class), rs.getObject("closed_on", LocalDate.class));
        });
        return found;
    }

    private void appendEvents(Investigation i) {
        for (var e : i.newEvents()) {
            jdbc.sql("""
                            insert into investigation_event (investigation_id, municipality_id, occurred_at, staff_id,
                                type, on_date, text)
                            values (?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            i.id(),
                            i.municipalityId(),
                            Timestamp.from(e.by().at()),
                            e.by().staffId(),
                            e.type(),
                            e.onDate(),
                            e.text())
                    .update();
        }
    }

    static String[] ids(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).distinct().toArray(String[]::new);
    }

    private static Investigation map(ResultSet rs, int n) throws SQLException {
        return new Investigation(
                rs.getObject("id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getString("diary_number"),
                InvestigationStatus.valueOf(rs.getString("status")),
                rs.getObject("case_officer_staff_id", UUID.class),
                rs.getObject("opened_on", LocalDate.class),
                rs.getObject("status_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class),
                rs.getLong("version"));
    }
}
