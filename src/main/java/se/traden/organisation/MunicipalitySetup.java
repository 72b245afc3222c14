package se.traden.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.StaffId;

/**
 * Builds a municipality's organisation before anyone in it can log in: the first setup of an
 * installation and the demo seed. It runs the same commands, with the same rules, as the
 * administrator's pages, but without an acting person, so it must never be reachable from a request.
 */
@Component
public class MunicipalitySetup {
    private final OrganisationCommands commands;
    private final Municipalities municipalities;
    private final Functions functions;

    MunicipalitySetup(OrganisationCommands commands, Municipalities municipalities, Functions functions) {
        this.commands = commands;
        this.municipalities = municipalities;
        this.functions = functions;
    }

    public Optional<MunicipalityId> municipality(String code) {
        return municipalities.byCode(code);
    }

    /** A function that already exists: where it sits, so that more staff can join the organisation as it is. */
    public record ExistingFunction(
            FunctionId id,
            FunctionType type,
            String name,
            UnitId unit,
            ReportingOrganisationId reportingOrganisation,
            String contactRoute) {}

    /** The municipality's functions, by name. */
    public List<ExistingFunction> functions(MunicipalityId municipality) {
        return functions.all(municipality).stream()
                .map(f -> new ExistingFunction(
                        f.id(), f.type(), f.name(), f.unitId(), f.reportingOrganisationId(), f.contactRoute()))
                .toList();
    }

    public MunicipalityId createMunicipality(String code, String name, MunicipalitySettings settings) {
        return commands.createMunicipality(code, name, settings);
    }

    public UnitId createUnit(MunicipalityId municipality, String name, boolean withinSocialServices) {
        return commands.createUnit(municipality, new UnitDetails(name, withinSocialServices));
    }

    public ReportingOrganisationId createReportingOrganisation(
            MunicipalityId municipality, String name, ReportingOrganisationKind kind) {
        return commands.createReportingOrganisation(municipality, new ReportingOrganisationDetails(name, kind));
    }

    /**
     * Creates a function. A reporter function names its reporting organisation; any other function may
     * sit in a unit. The contact route is the function's own (a functional mailbox or phone).
     */
    public FunctionId createFunction(
            MunicipalityId municipality,
            FunctionType type,
            String name,
            UnitId unit,
            ReportingOrganisationId reportingOrganisation,
            String contactRoute) {
        return commands.createFunction(
                municipality, new FunctionDetails(type, name, unit, reportingOrganisation, contactRoute));
    }

    public StaffId createStaff(
            MunicipalityId municipality, String name, String email, String phone, Set<String> competenceTags) {
        return commands.createStaff(municipality, new StaffDetails(name, email, phone, competenceTags));
    }

    /** Lets the staff member hold the function from the day, until {@code to} or until further notice (null). */
    public void assign(MunicipalityId municipality, StaffId staff, FunctionId function, LocalDate from, LocalDate to) {
        commands.assign(municipality, staff, function, from, to);
    }
}
