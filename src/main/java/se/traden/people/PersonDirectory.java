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

    public boolean exists(MunicipalityId municipality, UUID personId) {
        return jdbc.sql("select exists (select 1 from person where municipality_id = ? and id = ?)")
                .params(municipality.value(), personId)
                .query(Boolean.class)
                .single();
    }
}
