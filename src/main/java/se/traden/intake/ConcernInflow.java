package se.traden.intake;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.traden.shared.MunicipalityId;

/**
 * Whether any concern has reached a municipality at all: a question without personal data, for setup
 * work outside a request (the demo generator fills a municipality only while it has none).
 */
@Component
public class ConcernInflow {
    private final JdbcClient jdbc;

    ConcernInflow(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean anyIn(MunicipalityId municipality) {
        return jdbc.sql("select exists (select 1 from concern where municipality_id = ?)")
                .param(municipality.value())
                .query(Boolean.class)
                .single();
    }
}
