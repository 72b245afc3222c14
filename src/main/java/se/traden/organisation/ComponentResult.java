package se.traden.organisation;

import java.util.List;

/**
 * Whether one core component is in place, and why (or why not): a message key with its arguments, so
 * that the reason can be shown in Swedish or English.
 */
record ComponentResult(CoreComponent component, boolean satisfied, String reasonKey, List<Object> arguments) {

    ComponentResult {
        arguments = List.copyOf(arguments);
    }

    static ComponentResult satisfied(CoreComponent component, String reason, Object... arguments) {
        return new ComponentResult(component, true, "organisation.core.reason." + reason, List.of(arguments));
    }

    static ComponentResult notSatisfied(CoreComponent component, String reason, Object... arguments) {
        return new ComponentResult(component, false, "organisation.core.reason." + reason, List.of(arguments));
    }
}
