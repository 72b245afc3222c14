package se.traden.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.organisation.Views.AssignmentView;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.StaffId;

/** Who holds which function when. */
@Repository
class Assignments {
    private static final String SELECT = """
            select a.id, a.staff_id, s.name as staff_name, a.function_id, f.name as function_name,
                   f.type as function_type, a.valid_from, a.valid_to, a.version
              from function_assignment a
              join staff s on s.id = a.staff_id
              join org_function f on f.id = a.function_id
             where a.municipality_id = ?
            """;
    private final JdbcClient jdbc;

    Assignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AssignmentView> ofStaff(MunicipalityId municipality, StaffId staff) {
        return jdbc.sql(SELECT + " and a.staff_id = ? order by a.valid_from desc, f.name")
                .params(municipality.value(), staff.value())
                .query(Assignments::view)
                .list();
    }

    List<AssignmentView> heldOn(MunicipalityId municipality, LocalDate day) {
        return jdbc.sql(SELECT + " and a.valid_from <= ? and (a.valid_to is null or a.valid_to >= ?) order by s.name")
                .params(municipality.value(), day, day)
                .query(Assignments::view)
                .list();
    }

    Optional<Assignment> find(MunicipalityId municipality, AssignmentId id) {
        return jdbc.sql("""
                        select id, staff_id, function_id, valid_from, valid_to, version
                          from function_assignment where municipality_id = ? and id = ?
                        """)
                .params(municipality.value(), id.value())
                .query(Assignments::assignment)
                .optional();
    }

    List<Assignment> of(MunicipalityId municipality, StaffId staff, FunctionId function) {
        return jdbc.sql("""
                        select id, staff_id, function_id, valid_from, valid_to, version
                          from function_assignment where municipality_id = ? and staff_id = ? and function_id = ?
                        """)
                .params(municipality.value(), staff.value(), function.value())
                .query(Assignments::assignment)
                .list();
    }

    void insert(MunicipalityId municipality, Assignment assignment) {
        jdbc.sql("""
                        insert into function_assignment (id, municipality_id, function_id, staff_id, valid_from, valid_to)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        assignment.id().value(),
                        municipality.value(),
                        assignment.function().value(),
                        assignment.staff().value(),
                        assignment.validFrom(),
                        assignment.validTo())
                .update();
    }

    boolean updateEnd(MunicipalityId municipality, Assignment assignment) {
        return jdbc.sql("""
                                update function_assignment set valid_to = ?, version = version + 1
                                 where municipality_id = ? and id = ? and version = ?
                                """)
                        .params(
                                assignment.validTo(),
                                municipality.value(),
                                assignment.id().value(),
                                assignment.version())
                        .update()
                == 1;
    }

    private static Assignment assignment(ResultSet rs, int n) throws SQLException {
        return new Assignment(
                new AssignmentId(rs.getObject("id", UUID.class)),
                new StaffId(rs.getObject("staff_id", UUID.class)),
                new FunctionId(rs.getObject("function_id", UUID.class)),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getLong("version"));
    }

    private static AssignmentView view(ResultSet rs, int n) throws SQLException {
        return new AssignmentView(
                new AssignmentId(rs.getObject("id", UUID.class)),
                new StaffId(rs.getObject("staff_id", UUID.class)),
                rs.getString("staff_name"),
                new FunctionId(rs.getObject("function_id", UUID.class)),
                rs.getString("function_name"),
                FunctionType.valueOf(rs.getString("function_type")),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getLong("version"));
    }
}
