package se.traden.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.traden.organisation.ReportingOrganisationKind;
import se.traden.organisation.StaffDirectory;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.StaffId;

/**
 * The staff of the generated municipality and who of them holds which function on a day, as the
 * organisation says (an assignment starts and may end): the generator lets only a holder of the day act.
 */
final class Roster {
    private final MunicipalityId municipality;
    private final String municipalityName;
    private final List<Staffer> staff;
    private final StaffDirectory directory;
    private final Map<String, Set<StaffId>> holders = new HashMap<>();

    Roster(MunicipalityId municipality, String municipalityName, List<Staffer> staff, StaffDirectory directory) {
        this.municipality = municipality;
        this.municipalityName = municipalityName;
        this.staff = List.copyOf(staff);
        this.directory = directory;
    }

    MunicipalityId municipality() {
        return municipality;
    }

    String municipalityName() {
        return municipalityName;
    }

    /** The town of the municipality's addresses: "Sjöstad" for "Sjöstads kommun". */
    String town() {
        return municipalityName.replaceFirst("s? kommun$", "");
    }

    /** The staff who hold a function of the type on the day, in the roster's (fixed) order. */
    List<Staffer> holding(FunctionType role, LocalDate day) {
        Set<StaffId> on = holders.computeIfAbsent(
                role + "|" + day,
                key -> directory.holdersOn(municipality, role, day).stream()
                        .map(StaffDirectory.Member::id)
                        .collect(Collectors.toSet()));
        List<Staffer> found = new ArrayList<>();
        for (Staffer s : staff) {
            if (s.role() == role && on.contains(s.id())) {
                found.add(s);
            }
        }
        return found;
    }

    /**
     * Someone who holds the function on the day; a demo user with the given likelihood when one holds it,
     * so that the demo logins see much of the work.
     */
    Staffer one(FunctionType role, LocalDate day, Dice dice, double demoUserShare) {
        List<Staffer> found = holding(role, day);
        if (found.isEmpty()) {
            throw new IllegalStateException("nobody holds " + role + " on " + day + " in " + municipalityName);
        }
        List<Staffer> demo = found.stream().filter(Staffer::demoUser).toList();
        if (!demo.isEmpty() && demo.size() < found.size() && dice.chance(demoUserShare)) {
            return dice.pick(demo);
        }
        return dice.pick(found);
    }

    /** A reporter of an organisation of the kind on the day: of the given organisation when it has one. */
    Staffer reporter(ReportingOrganisationKind kind, String organisation, LocalDate day, Dice dice) {
        List<Staffer> found = holding(FunctionType.REPORTER, day);
        List<Staffer> same = found.stream()
                .filter(s -> s.reporting().organisation().equals(organisation))
                .toList();
        if (!same.isEmpty()) {
            List<Staffer> demo = same.stream().filter(Staffer::demoUser).toList();
            return !demo.isEmpty() && dice.chance(0.7) ? dice.pick(demo) : dice.pick(same);
        }
        List<Staffer> ofKind =
                found.stream().filter(s -> s.reporting().kind() == kind).toList();
        if (!ofKind.isEmpty()) {
            return dice.pick(ofKind);
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no reporter on " + day + " in " + municipalityName);
        }
        return dice.pick(found);
    }

    /** The schools of the municipality that teach a child of the age, by name. */
    List<Staffer.Reporting> schoolsFor(int age) {
        return staff.stream()
                .filter(s -> s.role() == FunctionType.REPORTER && s.reporting().stage() != null)
                .map(Staffer::reporting)
                .filter(r -> r.stage().teaches(age))
                .distinct()
                .toList();
    }

    /** The reporting organisations of a kind, each once. */
    List<Staffer.Reporting> organisationsOf(ReportingOrganisationKind kind) {
        return staff.stream()
                .filter(s -> s.role() == FunctionType.REPORTER && s.reporting().kind() == kind)
                .map(Staffer::reporting)
                .distinct()
                .toList();
    }
}
