package se.traden.quality;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import se.traden.shared.FunctionType;

/**
 * Who does what in the unit's quality work, in one place.
 *
 * <ul>
 *   <li>The unit raises deviations and reads the register: the individual coordinator, the case managers
 *       and the group manager.
 *   <li>The group manager leads the analysis, plans the improvement actions and follows them up; the
 *       individual coordinator may do so too.
 *   <li>An improvement action is marked done by its owner, or by the group manager.
 *   <li>An action's owner is someone of the unit: a coordinator, a case manager or the group manager.
 *   <li>The risk analysis of the operation is kept by the group manager and the coordinator; the steering
 *       group reads it, since it decides on the resources the measures need.
 *   <li>Everyone else — case officers, reporters, the intake unit, the steering group for deviations — is
 *       refused.
 * </ul>
 */
final class QualityPolicy {
    private QualityPolicy() {}

    /** The functions of the unit, in the order an owner's function is named by. */
    static final List<FunctionType> UNIT =
            List.of(FunctionType.INDIVIDUAL_COORDINATOR, FunctionType.CASE_MANAGER, FunctionType.GROUP_MANAGER);

    static final FunctionType[] RAISE_AND_READ = {
        FunctionType.GROUP_MANAGER, FunctionType.INDIVIDUAL_COORDINATOR, FunctionType.CASE_MANAGER
    };

    static final FunctionType[] HANDLE = {FunctionType.GROUP_MANAGER, FunctionType.INDIVIDUAL_COORDINATOR};

    static final FunctionType[] RISK_EDIT = {FunctionType.GROUP_MANAGER, FunctionType.INDIVIDUAL_COORDINATOR};

    static final FunctionType[] RISK_READ = {
        FunctionType.GROUP_MANAGER, FunctionType.INDIVIDUAL_COORDINATOR, FunctionType.STEERING_GROUP
    };

    /** The functions that may own a risk's measures. */
    static final List<FunctionType> RISK_OWNERS = List.of(
            FunctionType.GROUP_MANAGER,
            FunctionType.INDIVIDUAL_COORDINATOR,
            FunctionType.CASE_MANAGER,
            FunctionType.STEERING_GROUP);

    /** An allowance, or a refusal with the code of its reason. */
    record Answer(boolean allowed, String reason) {
        static final Answer YES = new Answer(true, null);

        static Answer no(String reason) {
            return new Answer(false, reason);
        }
    }

    static boolean handles(FunctionType actingAs) {
        return Arrays.asList(HANDLE).contains(actingAs);
    }

    /** Its owner marks an action done, or the group manager does. */
    static Answer mayComplete(ImprovementAction action, UUID staffId, FunctionType actingAs) {
        return action.ownerStaffId().equals(staffId) || actingAs == FunctionType.GROUP_MANAGER
                ? Answer.YES
                : Answer.no("quality.action.not-owner");
    }
}
