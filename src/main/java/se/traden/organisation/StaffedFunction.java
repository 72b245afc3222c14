package se.traden.organisation;

import java.util.Set;
import se.traden.shared.FunctionType;
import se.traden.shared.StaffId;

/**
 * A function as the core-component check sees it on one day: where it sits and who holds it. Names of
 * holders are not needed, only how many they are.
 *
 * @param unit the unit the function sits in, or null when it has none
 */
record StaffedFunction(FunctionId id, FunctionType type, StaffUnit unit, Set<StaffId> holders) {

    StaffedFunction {
        holders = Set.copyOf(holders);
    }

    boolean isStaffed() {
        return !holders.isEmpty();
    }

    /** The unit of a function, as far as the check needs it. */
    record StaffUnit(UnitId id, String name, boolean withinSocialServices) {}
}
