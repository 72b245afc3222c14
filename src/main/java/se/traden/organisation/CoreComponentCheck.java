package se.traden.organisation;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.traden.organisation.StaffedFunction.StaffUnit;
import se.traden.shared.FunctionType;
import se.traden.shared.StaffId;

/**
 * The check of the model's five core components against a municipality's recorded organisation and
 * staffing on one day. One method per component; each answers satisfied or not with a reason a
 * person from the social services can read and act on.
 */
final class CoreComponentCheck {
    private final MunicipalitySettings settings;
    private final List<StaffedFunction> functions;

    CoreComponentCheck(MunicipalitySettings settings, List<StaffedFunction> functions) {
        this.settings = settings;
        this.functions = List.copyOf(functions);
    }

    List<ComponentResult> all() {
        return List.of(
                individualCoordinator(), caseManagers(), icDecidesAssignment(), commonUnit(), withinSocialServices());
    }

    /** There is an individual coordinator function, and someone holds it. */
    ComponentResult individualCoordinator() {
        List<StaffedFunction> coordinators = ofType(FunctionType.INDIVIDUAL_COORDINATOR);
        if (coordinators.isEmpty()) {
            return ComponentResult.notSatisfied(CoreComponent.INDIVIDUAL_COORDINATOR, "ic-missing");
        }
        int holders = holders(coordinators).size();
        if (holders == 0) {
            return ComponentResult.notSatisfied(CoreComponent.INDIVIDUAL_COORDINATOR, "ic-unstaffed");
        }
        return ComponentResult.satisfied(CoreComponent.INDIVIDUAL_COORDINATOR, "ic-staffed", holders);
    }

    /** At least one case manager is required, and in practice two: one alone cannot cover absence or load. */
    ComponentResult caseManagers() {
        int holders = holders(ofType(FunctionType.CASE_MANAGER)).size();
        return switch (holders) {
            case 0 -> ComponentResult.notSatisfied(CoreComponent.CASE_MANAGERS, "cm-none");
            case 1 -> ComponentResult.notSatisfied(CoreComponent.CASE_MANAGERS, "cm-only-one");
            default -> ComponentResult.satisfied(CoreComponent.CASE_MANAGERS, "cm-staffed", holders);
        };
    }

    /** The individual coordinator's decision right over activation and case manager assignment. */
    ComponentResult icDecidesAssignment() {
        return settings.icDecidesAssignment()
                ? ComponentResult.satisfied(CoreComponent.IC_DECIDES_ASSIGNMENT, "ic-decides")
                : ComponentResult.notSatisfied(CoreComponent.IC_DECIDES_ASSIGNMENT, "ic-does-not-decide");
    }

    /**
     * Every staffed individual coordinator and case manager function sits in one and the same unit, and
     * that unit has a staffed group manager function.
     */
    ComponentResult commonUnit() {
        List<StaffedFunction> core = staffedCore();
        if (staffed(FunctionType.INDIVIDUAL_COORDINATOR).isEmpty()
                || staffed(FunctionType.CASE_MANAGER).isEmpty()) {
            return ComponentResult.notSatisfied(CoreComponent.COMMON_UNIT, "unit-nothing-to-place");
        }
        if (core.stream().anyMatch(f -> f.unit() == null)) {
            return ComponentResult.notSatisfied(CoreComponent.COMMON_UNIT, "unit-function-without-unit");
        }
        Map<UnitId, StaffUnit> units = units(core);
        if (units.size() > 1) {
            return ComponentResult.notSatisfied(CoreComponent.COMMON_UNIT, "unit-split", names(units.values()));
        }
        StaffUnit unit = units.values().iterator().next();
        List<StaffedFunction> groupManagers = ofType(FunctionType.GROUP_MANAGER).stream()
                .filter(f -> f.unit() != null && f.unit().id().equals(unit.id()))
                .toList();
        if (groupManagers.isEmpty()) {
            return ComponentResult.notSatisfied(CoreComponent.COMMON_UNIT, "unit-no-group-manager", unit.name());
        }
        if (groupManagers.stream().noneMatch(StaffedFunction::isStaffed)) {
            return ComponentResult.notSatisfied(CoreComponent.COMMON_UNIT, "unit-group-manager-unstaffed", unit.name());
        }
        return ComponentResult.satisfied(CoreComponent.COMMON_UNIT, "unit-common", unit.name());
    }

    /** The units where the individual coordinator and the case managers sit all belong to the social services. */
    ComponentResult withinSocialServices() {
        List<StaffedFunction> core = staffedCore();
        Map<UnitId, StaffUnit> units = units(core);
        if (units.isEmpty()) {
            return ComponentResult.notSatisfied(CoreComponent.WITHIN_SOCIAL_SERVICES, "social-services-no-unit");
        }
        List<StaffUnit> outside = units.values().stream()
                .filter(unit -> !unit.withinSocialServices())
                .toList();
        if (!outside.isEmpty()) {
            return ComponentResult.notSatisfied(
                    CoreComponent.WITHIN_SOCIAL_SERVICES, "social-services-outside", names(outside));
        }
        return ComponentResult.satisfied(
                CoreComponent.WITHIN_SOCIAL_SERVICES, "social-services-within", names(units.values()));
    }

    private List<StaffedFunction> ofType(FunctionType type) {
        return functions.stream().filter(f -> f.type() == type).toList();
    }

    private List<StaffedFunction> staffed(FunctionType type) {
        return ofType(type).stream().filter(StaffedFunction::isStaffed).toList();
    }

    private List<StaffedFunction> staffedCore() {
        return functions.stream()
                .filter(f -> f.type() == FunctionType.INDIVIDUAL_COORDINATOR || f.type() == FunctionType.CASE_MANAGER)
                .filter(StaffedFunction::isStaffed)
                .toList();
    }

    private static Set<StaffId> holders(List<StaffedFunction> functions) {
        Set<StaffId> holders = new HashSet<>();
        functions.forEach(f -> holders.addAll(f.holders()));
        return holders;
    }

    private static Map<UnitId, StaffUnit> units(List<StaffedFunction> functions) {
        Map<UnitId, StaffUnit> units = new LinkedHashMap<>();
        functions.stream()
                .filter(f -> f.unit() != null)
                .forEach(f -> units.putIfAbsent(f.unit().id(), f.unit()));
        return units;
    }

    private static String names(java.util.Collection<StaffUnit> units) {
        return units.stream()
                .map(StaffUnit::name)
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining(", "));
    }
}
