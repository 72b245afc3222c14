package se.traden.retention;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds what the rules judge: children's files in which nothing is open, decided concerns about children
 * never identified, consultations and settled reminders, each with the facts the policy needs. Reads
 * ids, dates and codes, never a text. Records already thinned are left out.
 */
@Repository
class RetentionFiles {
    private static final String OPEN_CONCERN = "('RECEIVED', 'TRIAGED', 'GATHERING', 'ASSESSED')";
    private static final String DECIDED_CONCERN = "('CLOSED_SIMPLE', 'LINE')";

    private static final String CHILD_FILES = """
            select p.id, p.date_of_birth, p.personal_number,
                   array(select c.id from collab_case c
                          where c.municipality_id = :m and c.person_id = p.id
                            and not exists (select 1 from thinned_record t
                                             where t.record_type = 'case' and t.record_id = c.id)
                          order by c.id) as cases,
                   array(select k.id from concern k
                          where k.municipality_id = :m and k.person_id = p.id
                            and not exists (select 1 from thinned_record t
                                             where t.record_type = 'concern' and t.record_id = k.id)
                          order by k.id) as concerns,
                   exists (select 1 from case_transition t join collab_case c on c.id = t.case_id
                            where t.municipality_id = :m and c.person_id = p.id
                              and t.kind in ('PLACEMENT', 'HOME_COMING')) as placed,
                   exists (select 1 from retention_hold h
                            where h.municipality_id = :m and h.released_at is null
                              and ((h.record_type = 'CASE' and h.record_id in
                                       (select c.id from collab_case c where c.municipality_id = :m and c.person_id = p.id))
                                   or (h.record_type = 'CONCERN' and h.record_id in
                                       (select k.id from concern k where k.municipality_id = :m and k.person_id = p.id))))
                       as held,
                   greatest((select max(greatest(c.opened_at, c.closed_at)) from collab_case c
                              where c.municipality_id = :m and c.person_id = p.id),
                            (select max(greatest(k.received_at, k.decision_met_at)) from concern k
                              where k.municipality_id = :m and k.person_id = p.id)) as rough_last_entry
              from person p
             where p.municipality_id = :m and p.kind = 'CHILD'
               and (exists (select 1 from collab_case c where c.municipality_id = :m and c.person_id = p.id
                              and not exists (select 1 from thinned_record t
                                               where t.record_type = 'case' and t.record_id = c.id))
                    or exists (select 1 from concern k where k.municipality_id = :m and k.person_id = p.id
                              and not exists (select 1 from thinned_record t
                                               where t.record_type = 'concern' and t.record_id = k.id)))
               and not exists (select 1 from collab_case c
                                where c.municipality_id = :m and c.person_id = p.id and c.status <> 'CLOSED')
               and not exists (select 1 from concern k
                                where k.municipality_id = :m and k.person_id = p.id and k.status in %s)
            """.formatted(OPEN_CONCERN);

    private final JdbcClient jdbc;

    RetentionFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A child's file in which nothing is open: the unthinned cases and concerns, whether a placement is
     * recorded or a hold placed, and a first estimate of the last entry (the cases' and concerns' own
     * times; the last entry is never earlier).
     */
    record ChildFile(
            UUID personId,
            LocalDate birthDate,
            List<UUID> cases,
            List<UUID> concerns,
            boolean placed,
            boolean held,
            Instant roughLastEntry) {

        RecordType type() {
            return cases.isEmpty() ? RecordType.DECIDED_CONCERN : RecordType.CLOSED_CASE;
        }

        Unit unit() {
            return new Unit(cases, concerns, List.of(personId), List.of());
        }
    }

    /** One record judged alone: an unidentified concern or a consultation. */
    record SingleRecord(UUID id, Integer birthYear, boolean held, Instant roughLastEntry) {}

    List<ChildFile> childFiles(UUID municipality) {
        return jdbc.sql(CHILD_FILES)
                .param("m", municipality)
                .query(RetentionFiles::childFile)
                .list();
    }

    /** The file of one child as it stands now, locking the child's row: the thinning re-judges it. */
    Optional<ChildFile> lockedChildFile(UUID municipality, UUID person) {
        boolean locked = jdbc.sql("select 1 from person where municipality_id = ? and id = ? for update")
                .params(municipality, person)
                .query(Integer.class)
                .optional()
                .isPresent();
        if (!locked) {
            return Optional.empty();
        }
        return jdbc.sql(CHILD_FILES + " and p.id = :person")
                .param("m", municipality)
                .param("person", person)
                .query(RetentionFiles::childFile)
                .optional();
    }

    List<SingleRecord> unidentifiedConcerns(UUID municipality) {
        return jdbc.sql(unidentifiedConcerns(""))
                .param("m", municipality)
                .query(RetentionFiles::single)
                .list();
    }

    Optional<SingleRecord> lockedUnidentifiedConcern(UUID municipality, UUID concern) {
        return jdbc.sql(unidentifiedConcerns(" and k.id = :concern for update of k"))
                .param("m", municipality)
                .param("concern", concern)
                .query(RetentionFiles::single)
                .optional();
    }

    private static String unidentifiedConcerns(String and) {
        return """
                select k.id, k.subject_birth_year as birth_year,
                       exists (select 1 from retention_hold h
                                where h.municipality_id = :m and h.released_at is null
                                  and h.record_type = 'CONCERN' and h.record_id = k.id) as held,
                       greatest(k.received_at, k.gathering_met_at, k.feedback_met_at, k.decision_met_at)
                           as rough_last_entry
                  from concern k
                 where k.municipality_id = :m and k.person_id is null and k.status in %s
                   and not exists (select 1 from thinned_record t where t.record_type = 'concern' and t.record_id = k.id)
                """.formatted(DECIDED_CONCERN) + and;
    }

    /** Consultations recorded at or before the given moment and not yet thinned; their last entry is their recording. */
    List<UUID> consultationsWrittenBy(UUID municipality, Instant latest) {
        return jdbc.sql("""
                        select c.id from consultation c
                         where c.municipality_id = :m and c.recorded_at <= :latest
                           and not exists (select 1 from thinned_record t
                                            where t.record_type = 'consultation' and t.record_id = c.id)
                         order by c.recorded_at
                        """)
                .param("m", municipality)
                .param("latest", Timestamp.from(latest))
                .query(UUID.class)
                .list();
    }

    /** Settled reminders (of deadlines and of follow-ups) settled at or before the given moment. */
    long settledReminders(UUID municipality, Instant latest) {
        return jdbc.sql("""
                        select (select count(*) from reminder where municipality_id = :m and settled_at <= :latest)
                             + (select count(*) from follow_up_reminder where municipality_id = :m and settled_at <= :latest)
                        """)
                .param("m", municipality)
                .param("latest", Timestamp.from(latest))
                .query(Long.class)
                .single();
    }

    /**
     * The unit's last entry: the newest moment any of its parts was written, read from every table the
     * catalogue names with the time it was written.
     */
    Instant lastEntry(UUID municipality, Unit unit) {
        String entries = ThinningCatalogue.PARTS.stream()
                .filter(p -> p.writtenAt() != null)
                .filter(p -> relevant(p.scope(), unit))
                .map(p -> "select max(" + p.writtenAt() + ") as at from " + p.table()
                        + " where municipality_id = :m and (" + p.where() + ")")
                .collect(Collectors.joining("\nunion all\n"));
        Timestamp last = jdbc.sql("select max(at) from (" + entries + ") entries")
                .param("m", municipality)
                .param("cases", Unit.orNone(unit.cases()))
                .param("concerns", Unit.orNone(unit.concerns()))
                .param("persons", Unit.orNone(unit.persons()))
                .param("consultations", Unit.orNone(unit.consultations()))
                .query(Timestamp.class)
                .single();
        return last == null ? null : last.toInstant();
    }

    private static boolean relevant(ThinningCatalogue.Scope scope, Unit unit) {
        return switch (scope) {
            case CASE -> !unit.cases().isEmpty();
            case CONCERN -> !unit.concerns().isEmpty();
            case PERSON -> !unit.persons().isEmpty();
            case CONSULTATION -> !unit.consultations().isEmpty();
            case DISCLOSURE ->
                !unit.cases().isEmpty()
                        || !unit.concerns().isEmpty()
                        || !unit.persons().isEmpty();
        };
    }

    private static ChildFile childFile(ResultSet rs, int n) throws SQLException {
        LocalDate born = rs.getObject("date_of_birth", LocalDate.class);
        if (born == null) {
            born = BirthDates.ofNumber(rs.getString("personal_number"));
        }
        return new ChildFile(
                rs.getObject("id", UUID.class),
                born,
                uuids(rs.getArray("cases")),
                uuids(rs.getArray("concerns")),
                rs.getBoolean("placed"),
                rs.getBoolean("held"),
                instant(rs, "rough_last_entry"));
    }

    private static SingleRecord single(ResultSet rs, int n) throws SQLException {
        int year = rs.getInt("birth_year");
        return new SingleRecord(
                rs.getObject("id", UUID.class),
                rs.wasNull() ? null : year,
                rs.getBoolean("held"),
                instant(rs, "rough_last_entry"));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
