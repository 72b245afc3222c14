package se.traden.organisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.StaffId;

/** Answers which functions a staff member holds on a given day. */
@Component
public class StaffDirectory {
    private final JdbcClient jdbc;

    StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A staff member as other modules may show them: who, by name. */
    public record Member(StaffId id, String name) {}

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

    /** The staff of the municipality who hold a function of the type on the day, each once, by name. */
    public List<Member> holdersOn(MunicipalityId municipality, FunctionType type, LocalDate day) {
        return jdbc.sql("""
                        select s.id, s.name
                          from staff s
                         where s.municipality_id = ?
                           and exists (select 1 from function_assignment a
                                         join org_function f on f.id = a.function_id
                                        where a.staff_id = s.id and f.type = ?
                                          and a.valid_from <= ? and (a.valid_to is null or a.valid_to >= ?))
                         order by s.name, s.id
                        """)
                .params(municipality.value(), type.name(), day, day)
                .query((rs, n) -> new Member(new StaffId(rs.getObject("id", UUID.class)), rs.getString("name")))
                .list();
    }

    /** The competence tags of the given staff members of the municipality (a case manager's profile), sorted. */
    public Map<StaffId, List<String>> competenceTags(MunicipalityId municipality, Collection<StaffId> staff) {
        Map<StaffId, List<String>> tags = new LinkedHashMap<>();
        if (staff.isEmpty()) {
            return tags;
        }
        jdbc.sql("""
                        select staff_id, tag from competence_tag
                         where municipality_id = ? and staff_id = any(?::uuid[])
                         order by staff_id, lower(tag)
                        """).params(municipality.value(), ids(staff)).query(rs -> {
            tags.computeIfAbsent(new StaffId(rs.getObject("staff_id", UUID.class)), id -> new java.util.ArrayList<>())
                    .add(rs.getString("tag"));
        });
        return tags;
    }

    /** The names of the given staff members; ids that are not staff of the municipality are left out. */
    public Map<StaffId, String> names(MunicipalityId municipality, Collection<StaffId> staff) {
        Map<StaffId, String> names = new LinkedHashMap<>();
        if (staff.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, name from staff where municipality_id = ? and id = any(?::uuid[])")
                .params(municipality.value(), ids(staff))
                .query(rs -> {
                    names.put(new StaffId(rs.getObject("id", UUID.class)), rs.getString("name"));
                });
        return names;
    }

    private static String[] ids(Collection<StaffId> staff) {
        return staff.stream().map(StaffId::toString).distinct().toArray(String[]::new);
    }
}
