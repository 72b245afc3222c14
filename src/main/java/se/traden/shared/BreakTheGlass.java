package se.traden.shared;

import java.util.List;

/**
 * The rule of emergency access ("break the glass"): who may open a case they are not involved in when
 * something cannot wait, and how such reads are marked in the access log.
 */
public final class BreakTheGlass {
    /**
     * The functions that may need a case at short notice: the out-of-hours service at night, the intake
     * unit, a case manager covering for a colleague, and the group manager before any escalation.
     */
    public static final List<FunctionType> ELIGIBLE = List.of(
            FunctionType.OUT_OF_HOURS, FunctionType.INTAKE_UNIT, FunctionType.CASE_MANAGER, FunctionType.GROUP_MANAGER);

    /** The start of the access log's reason on every read made under emergency access. */
    public static final String FLAG = "break-the-glass";

    private BreakTheGlass() {}

    /** The eligible functions in the order an actor holding several acts in. */
    public static FunctionType[] eligible() {
        return ELIGIBLE.toArray(FunctionType[]::new);
    }

    public static boolean mayRequest(Actor actor) {
        return ELIGIBLE.stream().anyMatch(actor::holds);
    }
}
