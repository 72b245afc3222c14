package se.traden.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.shared.MunicipalityId;
import se.traden.shared.StaffId;

/**
 * The person register in PostgreSQL. Every statement is bound to one municipality: a person of another
 * municipality is not found, exactly like one that does not exist.
 */
@Repository
class PersonRepository {
    private static final String COLUMNS = """
            id, municipality_id, kind, given_names, family_name, identity_kind, personal_number, reserve_id,
            reserve_reason, date_of_birth, protected_identity, phone, email, address, version""";

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Person> find(MunicipalityId municipality, PersonId id) {
        return jdbc.sql("select " + COLUMNS + " from person where municipality_id = ? and id = ?")
                .params(municipality.value(), id.value())
                .query(PersonRepository::person)
                .optional();
    }

    Optional<Person> findByNumber(MunicipalityId municipality, PersonalIdentityNumber number) {
        return jdbc.sql("select " + COLUMNS + " from person where municipality_id = ? and personal_number = ?")
                .params(municipality.value(), number.value())
                .query(PersonRepository::person)
                .optional();
    }

    /**
     * Persons whose full name contains every word of the query, ignoring case, ordered by name; the
     * window of one page and the total count.
     */
    Page<Person> searchByName(MunicipalityId municipality, List<String> words, int page, int size) {
        // folded (case, diacritics, hyphens) and matched literally: % and _ are escaped. The trigram index on
        // the folded name serves the match inside traden_person_ids_matching (V142), which row-level security
        // would otherwise keep from the index; the persons themselves are read under the policy.
        String[] patterns = words.stream()
                .map(word -> word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
                .toArray(String[]::new);
        String where = "municipality_id = ? and id in (select traden_person_ids_matching(?::text[]))";
        long total = jdbc.sql("select count(*) from person where " + where)
                .params(municipality.value(), patterns)
                .query(Long.class)
                .single();
        List<Person> persons = jdbc.sql("select " + COLUMNS + " from person where " + where
                        + " order by lower(family_name), lower(given_names), id limit ? offset ?")
                .params(municipality.value(), patterns, size, (long) page * size)
                .query(PersonRepository::person)
                .list();
        return new Page<>(persons, page, size, total);
    }

    /**
     * Children whose folded name is like the given one (trigram similarity at least {@code threshold}),
     * born within a year of {@code birthYear} when both are known; best first. The trigram index serves
     * the match inside traden_children_similar_to (V142); the persons are read under the policy.
     */
    List<ScoredPerson> similarChildren(MunicipalityId municipality, String name, Integer birthYear, int limit) {
        return jdbc.sql("select " + COLUMNS + ", s.score from traden_children_similar_to(?, ?, ?) s"
                        + " join person on person.id = s.person_id"
                        + " where person.municipality_id = ? order by s.score desc, person.id")
                .params(name, birthYear, limit, municipality.value())
                .query((rs, n) -> new ScoredPerson(person(rs, n), rs.getDouble("score")))
                .list();
    }

    record ScoredPerson(Person person, double score) {}

    /**
     * Inserts a new person; false when a unique rule (one number per municipality) stopped it, which
     * happens only when another registration of the same number committed in the meantime.
     */
    boolean insert(Person person, StaffId by, Instant at) {
        return jdbc.sql("""
                        insert into person (id, municipality_id, kind, given_names, family_name, identity_kind,
                            personal_number, reserve_id, reserve_reason, date_of_birth, protected_identity,
                            phone, email, address, created_at, created_by, updated_at, updated_by, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                        on conflict do nothing
                        """)
                        .params(
                                person.id().value(),
                                person.municipalityId().value(),
                                person.kind().name(),
                                person.name().givenNames(),
                                person.name().familyName(),
                                person.identityKind().name(),
                                person.number()
                                        .map(PersonalIdentityNumber::value)
                                        .orElse(null),
                                person.reserve().map(ReserveIdentity::id).orElse(null),
                                person.reserve().map(ReserveIdentity::reason).orElse(null),
                                person.dateOfBirth().orElse(null),
                                person.hasProtectedIdentity(),
                                person.contact().phone(),
                                person.contact().email(),
                                person.contact().address(),
                                Timestamp.from(at),
                                by.value(),
                                Timestamp.from(at),
                                by.value())
                        .update()
                == 1;
    }

    /** Writes the person if it is still at the version it was read at; false when someone came first. */
    boolean update(Person person, StaffId by, Instant at) {
        return jdbc.sql("""
                                update person set given_names = ?, family_name = ?, identity_kind = ?,
                                    personal_number = ?, date_of_birth = ?, protected_identity = ?, phone = ?,
                                    email = ?, address = ?, updated_at = ?, updated_by = ?, version = version + 1
                                where municipality_id = ? and id = ? and version = ?
                                """)
                        .params(
                                person.name().givenNames(),
                                person.name().familyName(),
                                person.identityKind().name(),
                                person.number()
                                        .map(PersonalIdentityNumber::value)
                                        .orElse(null),
                                person.dateOfBirth().orElse(null),
                                person.hasProtectedIdentity(),
                                person.contact().phone(),
                                person.contact().email(),
                                person.contact().address(),
                                Timestamp.from(at),
                                by.value(),
                                person.municipalityId().value(),
                                person.id().value(),
                                person.version())
                        .update()
                == 1;
    }

    /** The next reserve identity number of the year; the counter row stays locked until commit. */
    int nextReserveNumber(MunicipalityId municipality, int year) {
        return jdbc.sql("""
                        insert into reserve_identity_counter (municipality_id, year, last_number) values (?, ?, 1)
                        on conflict (municipality_id, year)
                        do update set last_number = reserve_identity_counter.last_number + 1
                        returning last_number
                        """)
                .params(municipality.value(), year)
                .query(Integer.class)
                .single();
    }

    /** Inserts a relation; false when the two were related in the meantime by someone else. */
    boolean insertRelation(MunicipalityId municipality, PersonRelation relation, StaffId by, Instant at) {
        return jdbc.sql("""
                        insert into person_relation (id, municipality_id, child_id, person_id, relation, created_at,
                            created_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing
                        """)
                        .params(
                                relation.id(),
                                municipality.value(),
                                relation.child().value(),
                                relation.person().value(),
                                relation.type().name(),
                                Timestamp.from(at),
                                by.value())
                        .update()
                == 1;
    }

    /** The relations in which the given person is the child. */
    List<PersonRelation> relationsOfChild(MunicipalityId municipality, PersonId child) {
        return jdbc.sql("""
                        select id, child_id, person_id, relation from person_relation
                        where municipality_id = ? and child_id = ?
                        """)
                .params(municipality.value(), child.value())
                .query((rs, n) -> new PersonRelation(
                        rs.getObject("id", UUID.class),
                        new PersonId(rs.getObject("child_id", UUID.class)),
                        new PersonId(rs.getObject("person_id", UUID.class)),
                        RelationType.valueOf(rs.getString("relation"))))
                .list();
    }

    /**
     * Everyone the person is related to, in either direction: for a child the adults and others around
     * it, for an adult the children. Ordered by relation, then name.
     */
    List<RelatedPerson> relatedTo(MunicipalityId municipality, PersonId id) {
        return jdbc.sql("""
                        select r.id as relation_id, r.relation, r.child_id = ? as other_is_related,
                               o.id, o.kind, o.given_names, o.family_name, o.date_of_birth, o.protected_identity
                        from person_relation r
                        join person o on o.municipality_id = r.municipality_id
                                     and o.id = case when r.child_id = ? then r.person_id else r.child_id end
                        where r.municipality_id = ? and (r.child_id = ? or r.person_id = ?)
                        order by r.relation, lower(o.family_name), lower(o.given_names), o.id
                        """)
                .params(id.value(), id.value(), municipality.value(), id.value(), id.value())
                .query((rs, n) -> new RelatedPerson(
                        rs.getObject("relation_id", UUID.class),
                        RelationType.valueOf(rs.getString("relation")),
                        rs.getBoolean("other_is_related"),
                        new PersonId(rs.getObject("id", UUID.class)),
                        PersonKind.valueOf(rs.getString("kind")),
                        new PersonName(rs.getString("given_names"), rs.getString("family_name")),
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getBoolean("protected_identity")))
                .list();
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        String number = rs.getString("personal_number");
        String reserveId = rs.getString("reserve_id");
        return Person.restore(
                new PersonId(rs.getObject("id", UUID.class)),
                new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
                PersonKind.valueOf(rs.getString("kind")),
                new PersonName(rs.getString("given_names"), rs.getString("family_name")),
                IdentityKind.valueOf(rs.getString("identity_kind")),
                number == null ? null : PersonalIdentityNumber.ofStored(number),
                reserveId == null ? null : new ReserveIdentity(reserveId, rs.getString("reserve_reason")),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getBoolean("protected_identity"),
                new ContactDetails(rs.getString("phone"), rs.getString("email"), rs.getString("address")),
                rs.getLong("version"));
    }
}
