package se.traden.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.organisation.Views.AssignmentView;
import se.traden.organisation.Views.FunctionView;
import se.traden.organisation.Views.Overview;
import se.traden.organisation.Views.ReportingOrganisationOverview;
import se.traden.organisation.Views.ReportingOrganisationView;
import se.traden.organisation.Views.SettingsView;
import se.traden.organisation.Views.StaffDetailView;
import se.traden.organisation.Views.StaffView;
import se.traden.organisation.Views.StaffedFunctionView;
import se.traden.organisation.Views.UnitOverview;
import se.traden.organisation.Views.UnitView;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.Actor;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.RecordRef;
import se.traden.shared.StaffId;

/**
 * What the acting person may see and do with their own municipality's organisation. Only the
 * administrator reads and changes it; the core-component check is open to those who steer and run the
 * collaboration unit. Organisation data is not personal data, but staff names are (of employees):
 * every read or change that shows or touches staff is written to the access log.
 */
@Service
@Transactional
class OrganisationAdministration {
    static final String STAFF = "staff";
    private static final FunctionType ADMINISTRATOR = FunctionType.ADMINISTRATOR;

    private final AccessGuard guard;
    private final OrganisationCommands commands;
    private final Municipalities municipalities;
    private final Units units;
    private final Functions functions;
    private final StaffMembers staff;
    private final Assignments assignments;
    private final Clock clock;

    OrganisationAdministration(
            AccessGuard guard,
            OrganisationCommands commands,
            Municipalities municipalities,
            Units units,
            Functions functions,
            StaffMembers staff,
            Assignments assignments,
            Clock clock) {
        this.guard = guard;
        this.commands = commands;
        this.municipalities = municipalities;
        this.units = units;
        this.functions = functions;
        this.staff = staff;
        this.assignments = assignments;
        this.clock = clock;
    }

    /** Refuses (and logs the refusal) unless the actor is an administrator: for pages that show no data yet. */
    void mayAdminister() {
        administrator(AccessAction.READ, RecordRef.of("organisation", null));
    }

    // --- the municipality's choices and the core-component check

    SettingsView settings() {
        MunicipalityId municipality = administrator(AccessAction.READ, municipalityRef());
        return municipalities.settings(municipality).orElseThrow();
    }

    void changeSettings(MunicipalitySettings settings, long expectedVersion) {
        MunicipalityId municipality = administrator(AccessAction.UPDATE, municipalityRef());
        commands.changeSettings(municipality, settings, expectedVersion);
    }

    CoreComponentReport coreComponents() {
        guard.check(
                AccessAction.READ,
                RecordRef.of("core_components", actor().municipalityId()),
                FunctionType.ADMINISTRATOR,
                FunctionType.GROUP_MANAGER,
                FunctionType.INDIVIDUAL_COORDINATOR,
                FunctionType.STEERING_GROUP);
        MunicipalityId municipality = actor().municipalityId();
        LocalDate today = LocalDate.now(clock);
        SettingsView settings = municipalities.settings(municipality).orElseThrow();
        var check = new CoreComponentCheck(settings.settings(), functions.coreFunctionsStaffedOn(municipality, today));
        return new CoreComponentReport(settings.municipalityName(), today, check.all(), settings.settings());
    }

    /** Units with their functions and today's holders, and the reporting organisations with theirs. */
    Overview overview() {
        MunicipalityId municipality = administratorLogged(AccessAction.READ, RecordRef.of(STAFF, null));
        Map<FunctionId, List<AssignmentView>> holders = assignments.heldOn(municipality, LocalDate.now(clock)).stream()
                .collect(Collectors.groupingBy(AssignmentView::functionId));
        List<StaffedFunctionView> all = functions.all(municipality).stream()
                .map(f -> new StaffedFunctionView(f, holders.getOrDefault(f.id(), List.of())))
                .toList();
        List<UnitOverview> unitOverviews = units.all(municipality).stream()
                .map(unit -> new UnitOverview(
                        unit,
                        all.stream()
                                .filter(f -> unit.id().equals(f.function().unitId()))
                                .toList()))
                .toList();
        List<StaffedFunctionView> withoutUnit = all.stream()
                .filter(f -> f.function().unitId() == null && f.function().reportingOrganisationId() == null)
                .toList();
        List<ReportingOrganisationOverview> reporting = units.reportingOrganisations(municipality).stream()
                .map(org -> new ReportingOrganisationOverview(
                        org,
                        all.stream()
                                .filter(f -> org.id().equals(f.function().reportingOrganisationId()))
                                .toList()))
                .toList();
        return new Overview(municipalities.settings(municipality).orElseThrow(), unitOverviews, withoutUnit, reporting);
    }

    // --- units

    List<UnitView> units() {
        return units.all(administrator(AccessAction.READ, RecordRef.of("unit", null)));
    }

    UnitView unit(UnitId id) {
        RecordRef ref = RecordRef.of("unit", id);
        MunicipalityId municipality = administrator(AccessAction.READ, ref);
        return units.find(municipality, id).orElseThrow(() -> guard.notFound(AccessAction.READ, ref));
    }

    UnitId createUnit(UnitDetails details) {
        return commands.createUnit(administrator(AccessAction.CREATE, RecordRef.of("unit", null)), details);
    }

    void changeUnit(UnitId id, UnitDetails details, long expectedVersion) {
        RecordRef ref = RecordRef.of("unit", id);
        MunicipalityId municipality = administrator(AccessAction.UPDATE, ref);
        units.find(municipality, id).orElseThrow(() -> guard.notFound(AccessAction.UPDATE, ref));
        commands.changeUnit(municipality, id, details, expectedVersion);
    }

    // --- reporting organisations

    List<ReportingOrganisationView> reportingOrganisations() {
        return units.reportingOrganisations(
                administrator(AccessAction.READ, RecordRef.of("reporting_organisation", null)));
    }

    ReportingOrganisationView reportingOrganisation(ReportingOrganisationId id) {
        RecordRef ref = RecordRef.of("reporting_organisation", id);
        MunicipalityId municipality = administrator(AccessAction.READ, ref);
        return units.findReportingOrganisation(municipality, id)
                .orElseThrow(() -> guard.notFound(AccessAction.READ, ref));
    }

    ReportingOrganisationId createReportingOrganisation(ReportingOrganisationDetails details) {
        return commands.createReportingOrganisation(
                administrator(AccessAction.CREATE, RecordRef.of("reporting_organisation", null)), details);
    }

    void changeReportingOrganisation(
            ReportingOrganisationId id, ReportingOrganisationDetails details, long expectedVersion) {
        RecordRef ref = RecordRef.of("reporting_organisation", id);
        MunicipalityId municipality = administrator(AccessAction.UPDATE, ref);
        units.findReportingOrganisation(municipality, id).orElseThrow(() -> guard.notFound(AccessAction.UPDATE, ref));
        commands.changeReportingOrganisation(municipality, id, details, expectedVersion);
    }

    // --- functions

    List<FunctionView> functions() {
        return functions.all(administrator(AccessAction.READ, RecordRef.of("function", null)));
    }

    FunctionView function(FunctionId id) {
        RecordRef ref = RecordRef.of("function", id);
        MunicipalityId municipality = administrator(AccessAction.READ, ref);
        return functions.find(municipality, id).orElseThrow(() -> guard.notFound(AccessAction.READ, ref));
    }

    FunctionId createFunction(FunctionDetails details) {
        return commands.createFunction(administrator(AccessAction.CREATE, RecordRef.of("function", null)), details);
    }

    void changeFunction(FunctionId id, FunctionDetails details, long expectedVersion) {
        RecordRef ref = RecordRef.of("function", id);
        MunicipalityId municipality = administrator(AccessAction.UPDATE, ref);
        functions.find(municipality, id).orElseThrow(() -> guard.notFound(AccessAction.UPDATE, ref));
        commands.changeFunction(municipality, id, details, expectedVersion);
    }

    // --- staff: personal data of employees, every access logged

    List<StaffView> staffList() {
        return staff.all(administratorLogged(AccessAction.READ, RecordRef.of(STAFF, null)));
    }

    StaffDetailView staffMember(StaffId id) {
        MunicipalityId municipality = existingStaff(AccessAction.READ, id);
        return new StaffDetailView(
                staff.find(municipality, id).orElseThrow(),
                assignments.ofStaff(municipality, id).stream()
                        .sorted(Comparator.comparing(AssignmentView::validFrom).reversed())
                        .toList());
    }

    StaffId createStaff(StaffDetails details) {
        MunicipalityId municipality = administrator(AccessAction.CREATE, RecordRef.of(STAFF, null));
        StaffId id = commands.createStaff(municipality, details);
        guard.logAccess(ADMINISTRATOR, AccessAction.CREATE, RecordRef.of(STAFF, id));
        return id;
    }

    void changeStaff(StaffId id, StaffDetails details, long expectedVersion) {
        MunicipalityId municipality = existingStaff(AccessAction.UPDATE, id);
        commands.changeStaff(municipality, id, details, expectedVersion);
    }

    AssignmentId assign(StaffId staffId, FunctionId function, LocalDate from, LocalDate to) {
        MunicipalityId municipality = existingStaff(AccessAction.UPDATE, staffId);
        return commands.assign(municipality, staffId, function, from, to);
    }

    /** Ends an assignment; answers the staff member whose assignment it was. */
    StaffId endAssignment(AssignmentId id, LocalDate lastDay, long expectedVersion) {
        RecordRef ref = RecordRef.of("function_assignment", id);
        MunicipalityId municipality = administrator(AccessAction.UPDATE, ref);
        Assignment assignment =
                assignments.find(municipality, id).orElseThrow(() -> guard.notFound(AccessAction.UPDATE, ref));
        guard.logAccess(ADMINISTRATOR, AccessAction.UPDATE, RecordRef.of(STAFF, assignment.staff()));
        commands.endAssignment(municipality, id, lastDay, expectedVersion);
        return assignment.staff();
    }

    private MunicipalityId existingStaff(AccessAction action, StaffId id) {
        RecordRef ref = RecordRef.of(STAFF, id);
        MunicipalityId municipality = administrator(action, ref);
        staff.find(municipality, id).orElseThrow(() -> guard.notFound(action, ref));
        guard.logAccess(ADMINISTRATOR, action, ref);
        return municipality;
    }

    private MunicipalityId administrator(AccessAction action, RecordRef record) {
        guard.check(action, record, ADMINISTRATOR);
        return actor().municipalityId();
    }

    private MunicipalityId administratorLogged(AccessAction action, RecordRef record) {
        guard.permit(action, record, ADMINISTRATOR);
        return actor().municipalityId();
    }

    private RecordRef municipalityRef() {
        return RecordRef.of("municipality", actor().municipalityId());
    }

    private Actor actor() {
        return guard.actor();
    }
}
