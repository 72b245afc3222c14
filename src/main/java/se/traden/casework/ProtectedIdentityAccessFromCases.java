package se.traden.casework;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.traden.people.ProtectedIdentityAccess;

/**
 * Named on a case: its case manager, while the case is active or in maintenance. For a guardian or
 * another related person, the cases of the child they are related to count.
 */
@Component
class ProtectedIdentityAccessFromCases implements ProtectedIdentityAccess {
    private final JdbcClient jdbc;

    ProtectedIdentityAccessFromCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isNamedOnCaseOf(UUID municipalityId, UUID personId, UUID staffId) {
        return jdbc.sql("""
                        select exists (
                            select 1 from collab_case c
                             where c.municipality_id = :m and c.case_manager_staff_id = :staff and c.status <> 'CLOSED'
                               and (c.person_id = :person
                                    or c.person_id in (select r.child_id from person_relation r
                                                        where r.municipality_id = :m and r.person_id = :person)))
                        """)
                .param("m", municipalityId)
                .param("staff", staffId)
                .param("person", personId)
                .query(Boolean.class)
                .single();
    }
}
