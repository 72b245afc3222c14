package se.traden.reminders;

import se.traden.intake.Concern;
import se.traden.intake.DeadlineKind;
import se.traden.intake.DeadlineState;
import se.traden.shared.FunctionType;

/**
 * When a deadline calls for a reminder, and to whom it goes. A reminder belongs to a function, not to
 * a person, so that it reaches whoever staffs the function that day.
 */
final class ReminderRules {
    private ReminderRules() {}

    /** A deadline is reminded of when it is about to pass and again when it has passed. */
    static boolean callsForReminder(DeadlineState state) {
        return state == DeadlineState.DUE_SOON || state == DeadlineState.OVERDUE;
    }

    /**
     * The decision is the coordinator's alone, so its reminder always goes to the coordinator. Gathering
     * and feedback are the work of the function the concern arrived at: the coordinator, or the intake
     * unit where the municipality chose that route.
     */
    static FunctionType addressee(Concern.ContactRoute route, DeadlineKind kind) {
        if (kind == DeadlineKind.DECISION || route == Concern.ContactRoute.INDIVIDUAL_COORDINATOR) {
            return FunctionType.INDIVIDUAL_COORDINATOR;
        }
        return FunctionType.INTAKE_UNIT;
    }

    /** The functions that have reminders to read. */
    static final FunctionType[] READERS = {FunctionType.INDIVIDUAL_COORDINATOR, FunctionType.INTAKE_UNIT};

    /**
     * Who sees the list of deadlines: the coordinator all of them, the intake unit those of its route,
     * the group manager all of them without names, to see the unit's load.
     */
    static final FunctionType[] DEADLINE_VIEWERS = {
        FunctionType.INDIVIDUAL_COORDINATOR, FunctionType.INTAKE_UNIT, FunctionType.GROUP_MANAGER
    };
}
