package se.traden.collaboration;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.shared.FunctionType;

/** Contacts in PostgreSQL. Every read names the municipality. */
@Repository
class Contacts {
    private final JdbcClient jdbc;

    Contacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Contact c) {
        jdbc.sql("""
                        insert into case_contact (id, municipality_id, case_id, occurred_at, kind, with_whom,
                            with_whom_detail, person_id, note, recorded_by, acting_function, recorded_at)
                        values (?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        c.id(),
                        c.municipalityId(),
                        c.caseId(),
                        Timestamp.from(c.occurredAt()),
                        c.kind().name(),
                        c.withWhom().stream().sorted().map(Enum::name).toArray(String[]::new),
                        c.withWhomDetail(),
                        c.personId(),
                        c.note(),
                        c.recorded().staffId(),
                        c.recorded().function().name(),
                        Timestamp.from(c.recorded().at()))
                .update();
    }

    /** The latest contacts of a case, the latest first. */
    List<Contact> latest(UUID municipality, UUID caseId, int limit) {
        return jdbc.sql("""
                        select * from case_contact where municipality_id = ? and case_id = ?
                         order by occurred_at desc, recorded_at desc limit ?
                        """)
                .params(municipality, caseId, limit)
                .query(Contacts::map)
                .list();
    }

    /** Contacts per ISO week (the week's Monday in the zone) from the given Monday on. */
    Map<LocalDate, Integer> perWeek(UUID municipality, UUID caseId, LocalDate fromMonday, ZoneId zone) {
        Map<LocalDate, Integer> weeks = new HashMap<>();
        jdbc.sql("""
                        select (date_trunc('week', occurred_at at time zone ?))::date as week, count(*) as n
                          from case_contact
                         where municipality_id = ? and case_id = ? and occurred_at >= ?
                         group by 1
                        """)
                .params(
                        zone.getId(),
                        municipality,
                        caseId,
                        Timestamp.from(fromMonday.atStartOfDay(zone).toInstant()))
                .query(rs -> {
                    weeks.put(rs.getObject("week", LocalDate.class), rs.getInt("n"));
                });
        return weeks;
    }

    /** The latest contact of each of the given cases, in one query; cases without contacts are left out. */
    Map<UUID, Instant> lastContacts(UUID municipality, Collection<UUID> caseIds) {
        Map<UUID, Instant> last = new HashMap<>();
        if (caseIds.isEmpty()) {
            return last;
        }
        jdbc.sql("""
                        select case_id, max(occurred_at) as last from case_contact
                         where municipality_id = ? and case_id = any(?::uuid[]) group by case_id
                        """).params(municipality, ids(caseIds)).query(rs -> {
            last.put(
                    rs.getObject("case_id", UUID.class), rs.getTimestamp("last").toInstant());
        });
        return last;
    }

    static String[] ids(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).distinct().toArray(String[]::new);
    }

    private static Contact map(ResultSet rs, int n) throws SQLException {
        Array parties = rs.getArray("with_whom");
        Set<ContactParty> withWhom = EnumSet.noneOf(ContactParty.class);
        for (Object party : (Object[]) parties.getArray()) {
            withWhom.add(ContactParty.valueOf((String) party));
        }
        return new Contact(
                rs.getObject("id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getTimestamp("occurred_at").toInstant(),
                ContactKind.valueOf(rs.getString("kind")),
                withWhom,
                rs.getString("with_whom_detail"),
                rs.getObject("person_id", UUID.class),
                rs.getString("note"),
                new Recorded(
                        rs.getObject("recorded_by", UUID.class),
                        FunctionType.valueOf(rs.getString("acting_function")),
                        rs.getTimestamp("recorded_at").toInstant()));
    }
}
