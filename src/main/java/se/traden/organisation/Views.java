package se.traden.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.traden.shared.FunctionType;
import se.traden.shared.StaffId;

/** What the administrator's pages and the API show: read models straight from the tables. */
final class Views {
    private Views() {}

    record SettingsView(String municipalityName, MunicipalitySettings settings, long version) {}

    record UnitView(UnitId id, String name, boolean withinSocialServices, long version) {}

    record ReportingOrganisationView(
            ReportingOrganisationId id, String name, ReportingOrganisationKind kind, long version) {}

    record FunctionView(
            FunctionId id,
            FunctionType type,
            String name,
            UnitId unitId,
            String unitName,
            ReportingOrganisationId reportingOrganisationId,
            String reportingOrganisationName,
            String contactRoute,
            long version) {}

    record StaffView(StaffId id, String name, String email, String phone, Set<String> competenceTags, long version) {}

    record AssignmentView(
            AssignmentId id,
            StaffId staffId,
            String staffName,
            FunctionId functionId,
            String functionName,
            FunctionType functionType,
            LocalDate validFrom,
            LocalDate validTo,
            long version) {}

    /** A function with the people who hold it today. */
    record StaffedFunctionView(FunctionView function, List<AssignmentView> holders) {}

    record UnitOverview(UnitView unit, List<StaffedFunctionView> functions) {}

    record ReportingOrganisationOverview(ReportingOrganisationView organisation, List<StaffedFunctionView> functions) {}

    /** The administrator's overview: units, functions outside units, and reporting organisations. */
    record Overview(
            SettingsView settings,
            List<UnitOverview> units,
            List<StaffedFunctionView> functionsWithoutUnit,
            List<ReportingOrganisationOverview> reportingOrganisations) {}

    record StaffDetailView(StaffView staff, List<AssignmentView> assignments) {}
}
