package se.traden.people;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.traden.shared.MunicipalityId;

/**
 * Facts about registered persons that other modules need to apply their rules (an age limit) or to
 * support a decision (who is family), without showing the person. The callers log their own access.
 */
@Component
public class PersonDirectory {
    private final JdbcClient jdbc;

    PersonDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LocalDate> dateOfBirth(MunicipalityId municipality, UUID personId) {
        return jdbc.sql("select date_of_birth from person where municipality_id = ? and id = ?")
                .params(municipality.value(), personId)
                .query(LocalDate.class)
                .optional();
    }

    /** A person's name as shown on a case page; the caller logs the access. */
    public Optional<String> fullName(MunicipalityId municipality, UUID personId) {
        return jdbc.sql("select given_names || ' ' || family_name from person where municipality_id = ? and id = ?")
                .params(municipality.value(), personId)
                .query(String.class)
                .optional();
    }

    /** Names of several persons in one query; ids that are not persons of the municipality are left out. */
    public java.util.Map<UUID, String> fullNames(MunicipalityId municipality, java.util.Collection<UUID> ids) {
        var names = new java.util.HashMap<UUID, String>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql(
                        "select id, given_names || ' ' || family_name from person where municipality_id = ? and id = any(?::uuid[])")
                .params(
                        municipality.value(),
                        ids.stream().map(UUID::toString).distinct().toArray(String[]::new))
                .query(rs -> {
                    names.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return names;
    }

    public boolean exists(MunicipalityId municipality, UUID personId) {
        return jdbc.sql("select exists (select 1 from person where municipality_id = ? and id = ?)")
                .params(municipality.value(), personId)
                .query(Boolean.class)
                .single();
    }

    /**
     * A child's family as the register knows it: the adults who are the child's guardians or parents,
     * and the other children related to one of them or registered as the child's siblings. Ids only;
     * whoever shows something about them logs it.
     */
    public record Family(Set<UUID> siblings, Set<UUID> adults) {
        public static final Family NONE = new Family(Set.of(), Set.of());

        public Family {
            siblings = Set.copyOf(siblings);
            adults = Set.copyOf(adults);
        }

        /** Everyone in the family except the child. */
        public Set<UUID> members() {
            Set<UUID> all = new LinkedHashSet<>(siblings);
            all.addAll(adults);
            return Set.copyOf(all);
        }
    }

    /**
     * The family of a child, in one statement: half-siblings through a parent who is not a guardian
     * count, since a case manager who knows one of them knows the home.
     */
    public Family familyOf(MunicipalityId municipality, UUID personId) {
        Set<UUID> siblings = new LinkedHashSet<>();
        Set<UUID> adults = new LinkedHashSet<>();
        jdbc.sql("""
                        with parents as (
                            select person_id from person_relation
                             where municipality_id = :municipality and child_id = :child
                               and relation in ('GUARDIAN', 'PARENT_NOT_GUARDIAN'))
                        select 'ADULT' as kind, person_id as id from parents
                        union
                        select 'SIBLING', r.child_id from person_relation r join parents p on p.person_id = r.person_id
                         where r.municipality_id = :municipality and r.child_id <> :child
                           and r.relation in ('GUARDIAN', 'PARENT_NOT_GUARDIAN')
                        union
                        select 'SIBLING', person_id from person_relation
                         where municipality_id = :municipality and child_id = :child and relation = 'SIBLING'
                        union
                        select 'SIBLING', child_id from person_relation
                         where municipality_id = :municipality and person_id = :child and relation = 'SIBLING'
                        """)
                .param("municipality", municipality.value())
                .param("child", personId)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    (rs.getString("kind").equals("ADULT") ? adults : siblings).add(id);
                });
        siblings.removeAll(adults);
        return new Family(siblings, adults);
    }
}
