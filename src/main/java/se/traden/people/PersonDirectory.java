package se.traden.people;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.traden.shared.MunicipalityId;

/**
 * Facts about registered persons that other modules need to apply their rules (an age limit), without
 * showing the person. The callers log their own access.
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

    /** Dates of birth of several persons in one query; unknown dates and other municipalities' ids are left out. */
    public java.util.Map<UUID, LocalDate> datesOfBirth(MunicipalityId municipality, java.util.Collection<UUID> ids) {
        var births = new java.util.HashMap<UUID, LocalDate>();
        if (ids.isEmpty()) {
            return births;
        }
        jdbc.sql("select id, date_of_birth from person where municipality_id = ? and id = any(?::uuid[])"
                        + " and date_of_birth is not null")
                .params(
                        municipality.value(),
                        ids.stream().map(UUID::toString).distinct().toArray(String[]::new))
                .query(rs -> {
                    births.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
                });
        return births;
    }

    public boolean exists(MunicipalityId municipality, UUID personId) {
        return jdbc.sql("select exists (select 1 from person where municipality_id = ? and id = ?)")
                .params(municipality.value(), personId)
                .query(Boolean.class)
                .single();
    }
}
