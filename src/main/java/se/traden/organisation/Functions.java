package se.traden.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.organisation.Views.FunctionView;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;

/** Functions with the names of their unit and reporting organisation. */
@Repository
class Functions {
    private static final String SELECT = """
            select f.id, f.type, f.name, f.unit_id, u.name as unit_name, f.reporting_organisation_id,
                   r.name as reporting_organisation_name, f.contact_route, f.version
              from org_function f
              left join unit u on u.id = f.unit_id
              left join reporting_organisation r on r.id = f.reporting_organisation_id
             where f.municipality_id = ?
            """;
    private final JdbcClient jdbc;

    Functions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FunctionView> all(MunicipalityId municipality) {
        return jdbc.sql(SELECT + " order by f.name")
                .param(municipality.value())
                .query(Functions::map)
                .list();
    }

    Optional<FunctionView> find(MunicipalityId municipality, FunctionId id) {
        return jdbc.sql(SELECT + " and f.id = ?")
                .params(municipality.value(), id.value())
                .query(Functions::map)
                .optional();
    }

    /** Locks the function's row: assignments to one function are then checked for overlap one at a time. */
    Optional<FunctionView> lock(MunicipalityId municipality, FunctionId id) {
        jdbc.sql("select id from org_function where municipality_id = ? and id = ? for update")
                .params(municipality.value(), id.value())
                .query(UUID.class)
                .optional();
        return find(municipality, id);
    }

    boolean nameTaken(MunicipalityId municipality, String name, FunctionId except) {
        return jdbc.sql("""
                        select exists (select 1 from org_function
                                        where municipality_id = ? and lower(name) = lower(?) and id <> ?)
                        """)
                .params(municipality.value(), name, except == null ? new UUID(0, 0) : except.value())
                .query(Boolean.class)
                .single();
    }

    void insert(MunicipalityId municipality, FunctionId id, FunctionDetails details) {
        jdbc.sql("""
                        insert into org_function (id, municipality_id, type, name, unit_id, reporting_organisation_id,
                                                  contact_route)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id.value(),
                        municipality.value(),
                        details.type().name(),
                        details.name(),
                        details.unit() == null ? null : details.unit().value(),
                        details.reportingOrganisation() == null
                                ? null
                                : details.reportingOrganisation().value(),
                        details.contactRoute())
                .update();
    }

    boolean update(MunicipalityId municipality, FunctionId id, FunctionDetails details, long expectedVersion) {
        return jdbc.sql("""
                                update org_function
                                   set type = ?, name = ?, unit_id = ?, reporting_organisation_id = ?, contact_route = ?,
                                       version = version + 1
                                 where municipality_id = ? and id = ? and version = ?
                                """)
                        .params(
                                details.type().name(),
                                details.name(),
                                details.unit() == null ? null : details.unit().value(),
                                details.reportingOrganisation() == null
                                        ? null
                                        : details.reportingOrganisation().value(),
                                details.contactRoute(),
                                municipality.value(),
                                id.value(),
                                expectedVersion)
                        .update()
                == 1;
    }

    /** The core functions (IC, CM, group manager) with their unit and who holds them on the day. */
    List<StaffedFunction> coreFunctionsStaffedOn(MunicipalityId municipality, java.time.LocalDate day) {
        java.util.Map<UUID, StaffedFunction> byId = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select f.id, f.type, f.unit_id, u.name as unit_name, u.within_social_services, a.staff_id
                          from org_function f
                          left join unit u on u.id = f.unit_id
                          left join function_assignment a
                                 on a.function_id = f.id and a.valid_from <= ? and (a.valid_to is null or a.valid_to >= ?)
                         where f.municipality_id = ? and f.type in ('INDIVIDUAL_COORDINATOR', 'CASE_MANAGER', 'GROUP_MANAGER')
                         order by f.name
                        """).params(day, day, municipality.value()).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            UUID unit = rs.getObject("unit_id", UUID.class);
            UUID holder = rs.getObject("staff_id", UUID.class);
            StaffedFunction known = byId.get(id);
            java.util.Set<se.traden.shared.StaffId> holders = new java.util.HashSet<>();
            if (known != null) {
                holders.addAll(known.holders());
            }
            if (holder != null) {
                holders.add(new se.traden.shared.StaffId(holder));
            }
            byId.put(
                    id,
                    new StaffedFunction(
                            new FunctionId(id),
                            FunctionType.valueOf(rs.getString("type")),
                            unit == null
                                    ? null
                                    : new StaffedFunction.StaffUnit(
                                            new UnitId(unit),
                                            rs.getString("unit_name"),
                                            rs.getBoolean("within_social_services")),
                            holders));
        });
        return List.copyOf(byId.values());
    }

    static FunctionView map(ResultSet rs, int n) throws SQLException {
        UUID unit = rs.getObject("unit_id", UUID.class);
        UUID reporting = rs.getObject("reporting_organisation_id", UUID.class);
        return new FunctionView(
                new FunctionId(rs.getObject("id", UUID.class)),
                FunctionType.valueOf(rs.getString("type")),
                rs.getString("name"),
                unit == null ? null : new UnitId(unit),
                rs.getString("unit_name"),
                reporting == null ? null : new ReportingOrganisationId(reporting),
                rs.getString("reporting_organisation_name"),
                rs.getString("contact_route"),
                rs.getLong("version"));
    }
}
