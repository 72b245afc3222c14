package se.traden.organisation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.traden.shared.FunctionType;
import se.traden.shared.StaffId;

/** Answers which functions a staff member holds on a given day. */
@Component
public class StaffDirectory {
    private final JdbcClient jdbc;

    StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<FunctionType> functionsHeldOn(StaffId staff, LocalDate day) {
        var types = jdbc.sql("""
                        select distinct f.type
                          from function_assignment a
                          join org_function f on f.id = a.function_id
                         where a.staff_id = ? and a.valid_from <= ? and (a.valid_to is null or a.valid_to >= ?)
                        """)
                .params(staff.value(), day, day)
                .query((rs, n) -> FunctionType.valueOf(rs.getString(1)))
                .list();
        return types.isEmpty() ? EnumSet.noneOf(FunctionType.class) : EnumSet.copyOf(types);
    }
}
