package se.traden.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.traden.shared.Actor;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.StaffId;

/**
 * Municipalities and staff of the tests' own, written straight into the tables, so that a test that
 * fills or alters a log disturbs no other test's chain. Staff get the demo password.
 */
final class AuditFixtures {
    private final JdbcClient jdbc;

    AuditFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID municipality() {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into municipality (id, code, name) values (?, ?, ?)")
                .params(id, "t-" + id, "Testkommun " + id)
                .update();
        return id;
    }

    UUID municipalityByCode(String code) {
        return jdbc.sql("select id from municipality where code = ?")
                .param(code)
                .query(UUID.class)
                .single();
    }

    String codeOf(UUID municipality) {
        return jdbc.sql("select code from municipality where id = ?")
                .param(municipality)
                .query(String.class)
                .single();
    }

    /**
     * A staff member holding the function since yesterday, with a local account whose password is
     * {@code demo}.
     */
    Actor staff(UUID municipality, FunctionType function, String name) {
        UUID functionId = UUID.randomUUID();
        UUID staffId = UUID.randomUUID();
        String username = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-"
                + staffId.toString().substring(0, 8);
        jdbc.sql("insert into org_function (id, municipality_id, type, name) values (?, ?, ?, ?)")
                .params(functionId, municipality, function.name(), function.name() + " " + functionId)
                .update();
        jdbc.sql("insert into staff (id, municipality_id, name) values (?, ?, ?)")
                .params(staffId, municipality, name)
                .update();
        jdbc.sql("""
                        insert into function_assignment (id, municipality_id, function_id, staff_id, valid_from)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        municipality,
                        functionId,
                        staffId,
                        LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(1))
                .update();
        String demoPassword = jdbc.sql("select password_hash from account where username = 'ic'")
                .query(String.class)
                .single();
        jdbc.sql("insert into account (staff_id, municipality_id, username, password_hash) values (?, ?, ?, ?)")
                .params(staffId, municipality, username, demoPassword)
                .update();
        return new Actor(new StaffId(staffId), new MunicipalityId(municipality), username, name, Set.of(function));
    }

    /** The actor of a demo user, as the application resolves it. */
    Actor demoUser(String username, FunctionType function) {
        return jdbc.sql("""
                        select a.staff_id, a.municipality_id, s.name
                          from account a join staff s on s.id = a.staff_id where a.username = ?
                        """)
                .param(username)
                .query((rs, n) -> new Actor(
                        new StaffId(rs.getObject(1, UUID.class)),
                        new MunicipalityId(rs.getObject(2, UUID.class)),
                        username,
                        rs.getString(3),
                        Set.of(function)))
                .single();
    }
}
