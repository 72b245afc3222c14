package se.traden.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.traden.shared.MunicipalityId;
import se.traden.shared.StaffId;

/**
 * What other modules ask of a municipality's organisation. Every answer stays within the given
 * municipality. Answers that carry staff names are employees' personal data: the caller that shows
 * them writes the access to the log.
 */
@Component
public class OrganisationQueries {
    private static final String REPORTER_SELECT = """
            select f.id, f.name, f.contact_route, r.id as org_id, r.name as org_name, r.kind
              from org_function f join reporting_organisation r on r.id = f.reporting_organisation_id
             where f.municipality_id = ? and f.type = 'REPORTER'
            """;
    private final JdbcClient jdbc;
    private final Municipalities municipalities;
    private final StaffMembers staff;

    OrganisationQueries(JdbcClient jdbc, Municipalities municipalities, StaffMembers staff) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.staff = staff;
    }

    /** Every municipality, by code: for the jobs that run over all of them (no personal data, outside the policies). */
    public List<UUID> municipalityIds() {
        return municipalities.allByCode();
    }

    /** The case managers who hold a case manager function on the day, each once, with their competence tags. */
    public List<CaseManagerProfile> caseManagersStaffedOn(MunicipalityId municipality, LocalDate day) {
        Map<UUID, Set<String>> tags = staff.tags(municipality, null);
        Map<UUID, CaseManagerProfile> profiles = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.id, s.name, f.id as function_id, f.name as function_name
                          from function_assignment a
                          join org_function f on f.id = a.function_id
                          join staff s on s.id = a.staff_id
                         where a.municipality_id = ? and f.type = 'CASE_MANAGER'
                           and a.valid_from <= ? and (a.valid_to is null or a.valid_to >= ?)
                         order by s.name, f.name
                        """).params(municipality.value(), day, day).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            profiles.putIfAbsent(
                    id,
                    new CaseManagerProfile(
                            new StaffId(id),
                            rs.getString("name"),
                            new FunctionId(rs.getObject("function_id", UUID.class)),
                            rs.getString("function_name"),
                            tags.getOrDefault(id, Set.of())));
        });
        return List.copyOf(profiles.values());
    }

    /** All reporting organisations of the municipality with their contact (reporter) functions. */
    public List<ReportingOrganisationSummary> reportingOrganisations(MunicipalityId municipality) {
        List<ReporterFunction> reporters = jdbc.sql(REPORTER_SELECT + " order by f.name")
                .param(municipality.value())
                .query(OrganisationQueries::reporter)
                .list();
        List<ReportingOrganisationSummary> summaries = new ArrayList<>();
        jdbc.sql("select id, name, kind from reporting_organisation where municipality_id = ? order by name")
                .param(municipality.value())
                .query(rs -> {
                    var id = new ReportingOrganisationId(rs.getObject("id", UUID.class));
                    summaries.add(new ReportingOrganisationSummary(
                            id,
                            rs.getString("name"),
                            ReportingOrganisationKind.valueOf(rs.getString("kind")),
                            reporters.stream()
                                    .filter(r -> r.organisation().equals(id))
                                    .toList()));
                });
        return summaries;
    }

    /**
     * The reporter functions the staff member holds on the day: which reporting organisation they raise
     * concerns for (usually one; several when they hold contact functions of more than one).
     */
    public List<ReporterFunction> reporterFunctionsHeldBy(MunicipalityId municipality, StaffId staff, LocalDate day) {
        return jdbc.sql(REPORTER_SELECT + """
                         and exists (select 1 from function_assignment a
                                      where a.function_id = f.id and a.staff_id = ?
                                        and a.valid_from <= ? and (a.valid_to is null or a.valid_to >= ?))
                         order by r.name, f.name
                        """)
                .params(municipality.value(), staff.value(), day, day)
                .query(OrganisationQueries::reporter)
                .list();
    }

    /** Who professionals turn to first with a worry, and the motivation when it is the permitted variant. */
    public ContactRouteChoice contactRoute(MunicipalityId municipality) {
        return settings(municipality).contactRouteChoice();
    }

    /** How long early information gathering, and feedback to whoever raised the concern, may take. */
    public Duration gatheringWindow(MunicipalityId municipality) {
        return settings(municipality).gatheringWindow();
    }

    public CheckInCadence checkInCadence(MunicipalityId municipality) {
        return settings(municipality).checkInCadence();
    }

    private MunicipalitySettings settings(MunicipalityId municipality) {
        return municipalities
                .settings(municipality)
                .orElseThrow(() -> new IllegalArgumentException("no municipality " + municipality))
                .settings();
    }

    private static ReporterFunction reporter(ResultSet rs, int n) throws SQLException {
        return new ReporterFunction(
                new FunctionId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                rs.getString("contact_route"),
                new ReportingOrganisationId(rs.getObject("org_id", UUID.class)),
                rs.getString("org_name"),
                ReportingOrganisationKind.valueOf(rs.getString("kind")));
    }
}
