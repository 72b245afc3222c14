package se.traden.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.organisation.Views.ReportingOrganisationView;
import se.traden.organisation.Views.UnitView;
import se.traden.shared.MunicipalityId;

/** Units and reporting organisations: the places functions belong to. */
@Repository
class Units {
    private final JdbcClient jdbc;

    Units(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UnitView> all(MunicipalityId municipality) {
        return jdbc.sql(
                        "select id, name, within_social_services, version from unit where municipality_id = ? order by name")
                .param(municipality.value())
                .query(Units::unit)
                .list();
    }

    Optional<UnitView> find(MunicipalityId municipality, UnitId id) {
        return jdbc.sql(
                        "select id, name, within_social_services, version from unit where municipality_id = ? and id = ?")
                .params(municipality.value(), id.value())
                .query(Units::unit)
                .optional();
    }

    boolean unitNameTaken(MunicipalityId municipality, String name, UnitId except) {
        return jdbc.sql(
                        "select exists (select 1 from unit where municipality_id = ? and lower(name) = lower(?) and id <> ?)")
                .params(municipality.value(), name, except == null ? new UUID(0, 0) : except.value())
                .query(Boolean.class)
                .single();
    }

    void insert(MunicipalityId municipality, UnitId id, UnitDetails details) {
        jdbc.sql("insert into unit (id, municipality_id, name, within_social_services) values (?, ?, ?, ?)")
                .params(id.value(), municipality.value(), details.name(), details.withinSocialServices())
                .update();
    }

    boolean update(MunicipalityId municipality, UnitId id, UnitDetails details, long expectedVersion) {
        return jdbc.sql("""
                                update unit set name = ?, within_social_services = ?, version = version + 1
                                 where municipality_id = ? and id = ? and version = ?
                                """)
                        .params(
                                details.name(),
                                details.withinSocialServices(),
                                municipality.value(),
                                id.value(),
                                expectedVersion)
                        .update()
                == 1;
    }

    List<ReportingOrganisationView> reportingOrganisations(MunicipalityId municipality) {
        return jdbc.sql(
                        "select id, name, kind, version from reporting_organisation where municipality_id = ? order by name")
                .param(municipality.value())
                .query(Units::reportingOrganisation)
                .list();
    }

    Optional<ReportingOrganisationView> findReportingOrganisation(
            MunicipalityId municipality, ReportingOrganisationId id) {
        return jdbc.sql(
                        "select id, name, kind, version from reporting_organisation where municipality_id = ? and id = ?")
                .params(municipality.value(), id.value())
                .query(Units::reportingOrganisation)
                .optional();
    }

    boolean reportingOrganisationNameTaken(MunicipalityId municipality, String name, ReportingOrganisationId except) {
        return jdbc.sql("""
                        select exists (select 1 from reporting_organisation
                                        where municipality_id = ? and lower(name) = lower(?) and id <> ?)
                        """)
                .params(municipality.value(), name, except == null ? new UUID(0, 0) : except.value())
                .query(Boolean.class)
                .single();
    }

    void insertReportingOrganisation(
            MunicipalityId municipality, ReportingOrganisationId id, ReportingOrganisationDetails details) {
        jdbc.sql("insert into reporting_organisation (id, municipality_id, name, kind) values (?, ?, ?, ?)")
                .params(
                        id.value(),
                        municipality.value(),
                        details.name(),
                        details.kind().name())
                .update();
    }

    boolean updateReportingOrganisation(
            MunicipalityId municipality,
            ReportingOrganisationId id,
            ReportingOrganisationDetails details,
            long expectedVersion) {
        return jdbc.sql("""
                                update reporting_organisation set name = ?, kind = ?, version = version + 1
                                 where municipality_id = ? and id = ? and version = ?
                                """)
                        .params(
                                details.name(),
                                details.kind().name(),
                                municipality.value(),
                                id.value(),
                                expectedVersion)
                        .update()
                == 1;
    }

    private static UnitView unit(ResultSet rs, int n) throws SQLException {
        return new UnitView(
                new UnitId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                rs.getBoolean("within_social_services"),
                rs.getLong("version"));
    }

    private static ReportingOrganisationView reportingOrganisation(ResultSet rs, int n) throws SQLException {
        return new ReportingOrganisationView(
                new ReportingOrganisationId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                ReportingOrganisationKind.valueOf(rs.getString("kind")),
                rs.getLong("version"));
    }
}
