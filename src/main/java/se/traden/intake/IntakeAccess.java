package se.traden.intake;

import java.util.Set;
import se.traden.shared.FunctionType;

/**
 * Who may do what with concerns. The coordinator works every concern; the intake unit works those
 * that arrive by its route (the permitted variant); the out-of-hours service takes the first steps in
 * urgent ones. Only the coordinator decides. Reporters see only the concerns they raised, and only
 * their feedback.
 */
final class IntakeAccess {
    private IntakeAccess() {}

    static final FunctionType[] MAY_RAISE = {
        FunctionType.REPORTER,
        FunctionType.SCHOOL_LIAISON,
        FunctionType.INDIVIDUAL_COORDINATOR,
        FunctionType.INTAKE_UNIT,
        FunctionType.OUT_OF_HOURS,
        FunctionType.CASE_OFFICER,
        FunctionType.CASE_MANAGER
    };

    static final FunctionType[] DECIDERS = {FunctionType.INDIVIDUAL_COORDINATOR};

    /** The functions that may work this concern (read it, triage, gather, give feedback). */
    static FunctionType[] workers(Concern concern) {
        if (concern.route() == Concern.ContactRoute.INTAKE_UNIT && concern.urgent()) {
            return new FunctionType[] {
                FunctionType.INDIVIDUAL_COORDINATOR, FunctionType.INTAKE_UNIT, FunctionType.OUT_OF_HOURS
            };
        }
        if (concern.route() == Concern.ContactRoute.INTAKE_UNIT) {
            return new FunctionType[] {FunctionType.INDIVIDUAL_COORDINATOR, FunctionType.INTAKE_UNIT};
        }
        if (concern.urgent()) {
            return new FunctionType[] {FunctionType.INDIVIDUAL_COORDINATOR, FunctionType.OUT_OF_HOURS};
        }
        return new FunctionType[] {FunctionType.INDIVIDUAL_COORDINATOR};
    }

    /** The functions that may work some concern: every function {@link #workers} can name. */
    static final FunctionType[] WORKERS_OF_ANY = {
        FunctionType.INDIVIDUAL_COORDINATOR, FunctionType.INTAKE_UNIT, FunctionType.OUT_OF_HOURS
    };

    /** The functions that have an inbox of concerns. */
    static final Set<FunctionType> INBOX =
            Set.of(FunctionType.INDIVIDUAL_COORDINATOR, FunctionType.INTAKE_UNIT, FunctionType.OUT_OF_HOURS);
}
