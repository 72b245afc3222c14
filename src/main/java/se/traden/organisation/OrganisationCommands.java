package se.traden.organisation;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.InvalidInputException;
import se.traden.shared.MunicipalityId;
import se.traden.shared.RecordNotFoundException;
import se.traden.shared.StaffId;

/**
 * Every change to a municipality's organisation, one transaction each: validate everything first,
 * then write. Takes the municipality explicitly and asks nobody's permission: the administrator's
 * commands check the acting person before they come here, and the first setup of a municipality has
 * no acting person yet.
 */
@Service
@Transactional
class OrganisationCommands {
    private final Municipalities municipalities;
    private final Units units;
    private final Functions functions;
    private final StaffMembers staff;
    private final Assignments assignments;

    OrganisationCommands(
            Municipalities municipalities,
            Units units,
            Functions functions,
            StaffMembers staff,
            Assignments assignments) {
        this.municipalities = municipalities;
        this.units = units;
        this.functions = functions;
        this.staff = staff;
        this.assignments = assignments;
    }

    MunicipalityId createMunicipality(String code, String name, MunicipalitySettings settings) {
        new Violations()
                .required("code", Violations.clean(code))
                .required("name", Violations.clean(name))
                .throwIfAny();
        if (municipalities.byCode(code).isPresent()) {
            throw InvalidInputException.of("code", "organisation.name-taken");
        }
        var id = new MunicipalityId(java.util.UUID.randomUUID());
        municipalities.insert(id, code.strip(), name.strip(), settings);
        return id;
    }

    void changeSettings(MunicipalityId municipality, MunicipalitySettings settings, long expectedVersion) {
        if (!municipalities.update(municipality, settings, expectedVersion)) {
            throw new ConcurrentEditException("municipality", municipality, expectedVersion);
        }
    }

    UnitId createUnit(MunicipalityId municipality, UnitDetails details) {
        if (units.unitNameTaken(municipality, details.name(), null)) {
            throw InvalidInputException.of("name", "organisation.name-taken");
        }
        var id = UnitId.random();
        units.insert(municipality, id, details);
        return id;
    }

    void changeUnit(MunicipalityId municipality, UnitId id, UnitDetails details, long expectedVersion) {
        units.find(municipality, id).orElseThrow(() -> new RecordNotFoundException("unit", id));
        if (units.unitNameTaken(municipality, details.name(), id)) {
            throw InvalidInputException.of("name", "organisation.name-taken");
        }
        if (!units.update(municipality, id, details, expectedVersion)) {
            throw new ConcurrentEditException("unit", id, expectedVersion);
        }
    }

    ReportingOrganisationId createReportingOrganisation(
            MunicipalityId municipality, ReportingOrganisationDetails details) {
        if (units.reportingOrganisationNameTaken(municipality, details.name(), null)) {
            throw InvalidInputException.of("name", "organisation.name-taken");
        }
        var id = ReportingOrganisationId.random();
        units.insertReportingOrganisation(municipality, id, details);
        return id;
    }

    void changeReportingOrganisation(
            MunicipalityId municipality,
            ReportingOrganisationId id,
            ReportingOrganisationDetails details,
            long expectedVersion) {
        units.findReportingOrganisation(municipality, id)
                .orElseThrow(() -> new RecordNotFoundException("reporting_organisation", id));
        if (units.reportingOrganisationNameTaken(municipality, details.name(), id)) {
            throw InvalidInputException.of("name", "organisation.name-taken");
        }
        if (!units.updateReportingOrganisation(municipality, id, details, expectedVersion)) {
            throw new ConcurrentEditException("reporting_organisation", id, expectedVersion);
        }
    }

    FunctionId createFunction(MunicipalityId municipality, FunctionDetails details) {
        checkFunction(municipality, details, null);
        var id = FunctionId.random();
        functions.insert(municipality, id, details);
        return id;
    }

    void changeFunction(MunicipalityId municipality, FunctionId id, FunctionDetails details, long expectedVersion) {
        functions.find(municipality, id).orElseThrow(() -> new RecordNotFoundException("function", id));
        checkFunction(municipality, details, id);
        if (!functions.update(municipality, id, details, expectedVersion)) {
            throw new ConcurrentEditException("function", id, expectedVersion);
        }
    }

    StaffId createStaff(MunicipalityId municipality, StaffDetails details) {
        var id = new StaffId(java.util.UUID.randomUUID());
        staff.insert(municipality, id, details);
        return id;
    }

    void changeStaff(MunicipalityId municipality, StaffId id, StaffDetails details, long expectedVersion) {
        staff.find(municipality, id).orElseThrow(() -> new RecordNotFoundException("staff", id));
        if (!staff.update(municipality, id, details, expectedVersion)) {
            throw new ConcurrentEditException("staff", id, expectedVersion);
        }
    }

    /** Lets a staff member hold a function from a day, until a day or until further notice. */
    AssignmentId assign(
            MunicipalityId municipality, StaffId staffId, FunctionId function, LocalDate from, LocalDate to) {
        var violations = new Violations().required("function", function);
        if (function != null && functions.lock(municipality, function).isEmpty()) {
            violations.add("function", "organisation.function-unknown");
        }
        if (staff.find(municipality, staffId).isEmpty()) {
            violations.add("staff", "organisation.staff-unknown");
        }
        violations.throwIfAny();
        Assignment.checkPeriod(from, to);
        AssignmentOverlapPolicy.refuseOverlap(assignments.of(municipality, staffId, function), from, to);
        var assignment = Assignment.begin(staffId, function, from, to);
        assignments.insert(municipality, assignment);
        return assignment.id();
    }

    void endAssignment(MunicipalityId municipality, AssignmentId id, LocalDate lastDay, long expectedVersion) {
        Assignment current =
                assignments.find(municipality, id).orElseThrow(() -> new RecordNotFoundException("assignment", id));
        if (current.version() != expectedVersion) {
            throw new ConcurrentEditException("assignment", id, expectedVersion);
        }
        if (!assignments.updateEnd(municipality, current.endOn(lastDay))) {
            throw new ConcurrentEditException("assignment", id, expectedVersion);
        }
    }

    private void checkFunction(MunicipalityId municipality, FunctionDetails details, FunctionId except) {
        var violations = new Violations();
        if (functions.nameTaken(municipality, details.name(), except)) {
            violations.add("name", "organisation.name-taken");
        }
        if (details.unit() != null && units.find(municipality, details.unit()).isEmpty()) {
            violations.add("unit", "organisation.unit-unknown");
        }
        if (details.reportingOrganisation() != null
                && units.findReportingOrganisation(municipality, details.reportingOrganisation())
                        .isEmpty()) {
            violations.add("reportingOrganisation", "organisation.reporting-organisation-unknown");
        }
        FunctionContactRoutePolicy.check(details.contactRoute(), staff.personalContacts(municipality))
                .ifPresent(v -> violations.add(v.field(), v.code()));
        violations.throwIfAny();
    }
}
