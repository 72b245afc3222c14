package se.traden.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.traden.organisation.StaffDirectory;
import se.traden.shared.MunicipalityId;
import se.traden.shared.StaffId;

/**
 * What Tråden already knows about children: their ongoing activated collaborations, line decisions of
 * the last twelve months and concerns still open. Read for many children at once in two statements
 * (the concerns, the case managers' names), however many children are asked about. The caller logs
 * what it shows.
 */
@Component
class ChildHistory {
    /** How far back a decision to leave the matter with the line is still worth showing. */
    static final int LINE_MONTHS = 12;

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final Clock clock;

    ChildHistory(JdbcClient jdbc, StaffDirectory staff, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
    }

    private record Row(UUID personId, KnownConcern concern) {}

    /** Per child, an ongoing collaboration first, then newest first; a child nothing is known about has an empty list. The concern asked from is left out. */
    Map<UUID, List<KnownConcern>> of(UUID municipality, Collection<UUID> persons, UUID except) {
        Map<UUID, List<KnownConcern>> known = new LinkedHashMap<>();
        persons.forEach(p -> known.put(p, new ArrayList<>()));
        if (persons.isEmpty()) {
            return known;
        }
        Instant lineSince =
                clock.instant().atZone(clock.getZone()).minusMonths(LINE_MONTHS).toInstant();
        List<Row> rows = jdbc.sql("""
                        select c.person_id, c.id, c.reference, c.status, c.received_at, c.decision_met_at,
                               c.case_manager_staff_id,
                               (select e.details ->> 'receivingUnit' from concern_event e
                                 where e.concern_id = c.id and e.type = 'LEFT_WITH_LINE'
                                 order by e.id desc limit 1) as receiving_unit
                          from concern c
                         where c.municipality_id = ? and c.person_id = any(?::uuid[]) and c.id <> ?
                           and (c.status in ('ACTIVATED', 'RECEIVED', 'TRIAGED', 'GATHERING', 'ASSESSED')
                                or (c.status = 'LINE' and c.decision_met_at >= ?))
                         order by c.status = 'ACTIVATED' desc, c.received_at desc, c.id
                        """)
                .params(
                        municipality,
                        persons.stream().map(UUID::toString).distinct().toArray(String[]::new),
                        except,
                        Timestamp.from(lineSince))
                .query((rs, n) -> {
                    Timestamp decided = rs.getTimestamp("decision_met_at");
                    return new Row(
                            rs.getObject("person_id", UUID.class),
                            new KnownConcern(
                                    rs.getObject("id", UUID.class),
                                    rs.getString("reference"),
                                    ConcernStatus.valueOf(rs.getString("status")),
                                    rs.getTimestamp("received_at").toInstant(),
                                    decided == null ? null : decided.toInstant(),
                                    rs.getObject("case_manager_staff_id", UUID.class),
                                    null,
                                    rs.getString("receiving_unit")));
                })
                .list();
        Set<StaffId> managers = new HashSet<>();
        rows.stream()
                .map(r -> r.concern().caseManagerId())
                .filter(java.util.Objects::nonNull)
                .forEach(id -> managers.add(new StaffId(id)));
        Map<StaffId, String> names =
                managers.isEmpty() ? Map.of() : staff.names(new MunicipalityId(municipality), managers);
        for (Row r : rows) {
            KnownConcern c = r.concern();
            String name = c.caseManagerId() == null ? null : names.get(new StaffId(c.caseManagerId()));
            known.get(r.personId())
                    .add(new KnownConcern(
                            c.concernId(),
                            c.reference(),
                            c.status(),
                            c.receivedAt(),
                            c.decidedAt(),
                            c.caseManagerId(),
                            name,
                            c.receivingUnit()));
        }
        return known;
    }
}
