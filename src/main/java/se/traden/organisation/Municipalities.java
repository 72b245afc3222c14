package se.traden.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.organisation.Views.SettingsView;
import se.traden.shared.MunicipalityId;

/** The municipality row: its name and its recorded choices, with the version that guards edits. */
@Repository
class Municipalities {
    private static final String COLUMNS = """
            name, contact_route, contact_route_motivation, ic_decides_assignment, has_school_liaison,
            assignment_criteria, planned_case_managers, steering_group_composition, follow_up_form,
            check_in_days_intensive, check_in_days_other, gathering_hours, version
            """;
    private final JdbcClient jdbc;

    Municipalities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SettingsView> settings(MunicipalityId municipality) {
        return jdbc.sql("select " + COLUMNS + " from municipality where id = ?")
                .param(municipality.value())
                .query(Municipalities::map)
                .optional();
    }

    java.util.List<UUID> allByCode() {
        return jdbc.sql("select id from municipality order by code")
                .query(UUID.class)
                .list();
    }

    Optional<MunicipalityId> byCode(String code) {
        return jdbc.sql("select id from municipality where code = ?")
                .param(code)
                .query((rs, n) -> new MunicipalityId(rs.getObject(1, UUID.class)))
                .optional();
    }

    void insert(MunicipalityId id, String code, String name, MunicipalitySettings s) {
        jdbc.sql("""
                        insert into municipality (id, code, name, contact_route, contact_route_motivation,
                               ic_decides_assignment, has_school_liaison, assignment_criteria, planned_case_managers,
                               steering_group_composition, follow_up_form, check_in_days_intensive,
                               check_in_days_other, gathering_hours)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id.value(),
                        code,
                        name,
                        s.contactRoute().name(),
                        s.contactRouteMotivation(),
                        s.icDecidesAssignment(),
                        s.hasSchoolLiaison(),
                        s.assignmentCriteria(),
                        s.plannedCaseManagers(),
                        s.steeringGroupComposition(),
                        s.followUpForm(),
                        s.checkInDaysIntensive(),
                        s.checkInDaysOther(),
                        s.gatheringHours())
                .update();
    }

    /** Writes the settings if nobody changed them since {@code expectedVersion}; false otherwise. */
    boolean update(MunicipalityId id, MunicipalitySettings s, long expectedVersion) {
        return jdbc.sql("""
                                update municipality
                                   set contact_route = ?, contact_route_motivation = ?, ic_decides_assignment = ?,
                                       has_school_liaison = ?, assignment_criteria = ?, planned_case_managers = ?,
                                       steering_group_composition = ?, follow_up_form = ?,
                                       check_in_days_intensive = ?, check_in_days_other = ?, gathering_hours = ?,
                                       version = version + 1
                                 where id = ? and version = ?
                                """)
                        .params(
                                s.contactRoute().name(),
                                s.contactRouteMotivation(),
                                s.icDecidesAssignment(),
                                s.hasSchoolLiaison(),
                                s.assignmentCriteria(),
                                s.plannedCaseManagers(),
                                s.steeringGroupComposition(),
                                s.followUpForm(),
                                s.checkInDaysIntensive(),
                                s.checkInDaysOther(),
                                s.gatheringHours(),
                                id.value(),
                                expectedVersion)
                        .update()
                == 1;
    }

    private static SettingsView map(ResultSet rs, int n) throws SQLException {
        var settings = new MunicipalitySettings(
                ContactRoute.valueOf(rs.getString("contact_route")),
                rs.getString("contact_route_motivation"),
                rs.getBoolean("ic_decides_assignment"),
                rs.getBoolean("has_school_liaison"),
                rs.getString("assignment_criteria"),
                rs.getObject("planned_case_managers", Integer.class),
                rs.getString("steering_group_composition"),
                rs.getString("follow_up_form"),
                rs.getInt("check_in_days_intensive"),
                rs.getInt("check_in_days_other"),
                rs.getInt("gathering_hours"));
        return new SettingsView(rs.getString("name"), settings, rs.getLong("version"));
    }
}
