package se.traden.authority;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import se.traden.shared.FunctionType;

/**
 * Who lifts a disagreement to which step, and who answers there. The case manager takes it up with the
 * counterpart and lifts it to the coordinator; the coordinator lifts it to the group manager (the
 * case's content then opens to the group manager); the group manager, or the coordinator, lifts it to
 * higher management. Each step is answered by the function it was lifted to (or by the coordinator,
 * who keeps the case's record of it).
 */
final class EscalationPolicy {
    private EscalationPolicy() {}

    /** An allowance, or a refusal with the code of its reason. */
    record Answer(boolean allowed, String reason) {
        static final Answer YES = new Answer(true, null);

        static Answer no(String reason) {
            return new Answer(false, reason);
        }
    }

    private static final Map<EscalationLevel, Set<FunctionType>> RAISE = Map.of(
            EscalationLevel.COUNTERPART,
            EnumSet.of(FunctionType.CASE_MANAGER, FunctionType.INDIVIDUAL_COORDINATOR),
            EscalationLevel.INDIVIDUAL_COORDINATOR,
            EnumSet.of(FunctionType.CASE_MANAGER, FunctionType.INDIVIDUAL_COORDINATOR),
            EscalationLevel.GROUP_MANAGER,
            EnumSet.of(FunctionType.INDIVIDUAL_COORDINATOR),
            EscalationLevel.HIGHER_MANAGEMENT,
            EnumSet.of(FunctionType.GROUP_MANAGER, FunctionType.INDIVIDUAL_COORDINATOR));

    private static final Map<EscalationLevel, Set<FunctionType>> ANSWER = Map.of(
            EscalationLevel.COUNTERPART,
            EnumSet.of(FunctionType.CASE_MANAGER, FunctionType.INDIVIDUAL_COORDINATOR),
            EscalationLevel.INDIVIDUAL_COORDINATOR,
            EnumSet.of(FunctionType.INDIVIDUAL_COORDINATOR),
            EscalationLevel.GROUP_MANAGER,
            EnumSet.of(FunctionType.GROUP_MANAGER, FunctionType.INDIVIDUAL_COORDINATOR),
            EscalationLevel.HIGHER_MANAGEMENT,
            EnumSet.of(FunctionType.GROUP_MANAGER, FunctionType.INDIVIDUAL_COORDINATOR));

    static Answer mayRaiseTo(EscalationLevel level, FunctionType actingAs) {
        return RAISE.get(level).contains(actingAs)
                ? Answer.YES
                : Answer.no("escalation.may-not-raise-to-"
                        + level.name().toLowerCase().replace('_', '-'));
    }

    static Answer mayAnswerAt(EscalationLevel level, FunctionType actingAs) {
        return ANSWER.get(level).contains(actingAs)
                ? Answer.YES
                : Answer.no("escalation.may-not-answer-at-"
                        + level.name().toLowerCase().replace('_', '-'));
    }
}
