package se.traden.disclosure;

import se.traden.shared.FunctionType;

/**
 * Who may read the ledger as a whole: the coordinator who applies the secrecy-breaking provisions,
 * the group manager who answers for the unit, and the log auditor who reviews each application.
 * Everyone else sees a disclosure only inside the matter they work, through that matter's module.
 */
final class LedgerAccess {
    private LedgerAccess() {}

    static final FunctionType[] REVIEWERS = {
        FunctionType.INDIVIDUAL_COORDINATOR, FunctionType.GROUP_MANAGER, FunctionType.LOG_AUDITOR
    };
}
