package se.traden.intake;

import se.traden.shared.FunctionType;

/**
 * The most important single decision in the flow, to activate structured collaboration and assign a
 * case manager or to leave the matter with the line, is taken by the individual coordinator function
 * alone. Nobody else decides, whatever else they hold.
 */
public final class ActivationDecisionPolicy {
    private ActivationDecisionPolicy() {}

    public static boolean mayDecide(FunctionType actingAs) {
        return actingAs == FunctionType.INDIVIDUAL_COORDINATOR;
    }
}
