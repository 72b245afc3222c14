package se.traden.retention;

import se.traden.shared.FunctionType;

/**
 * Who may do what with retention. The rules are the administrator's to change: the municipality's archive
 * rules are applied by whoever manages the system. Holds are placed by those who know of a legal matter in
 * a case: the coordinator, the group manager, and the administrator on the registrar's request. All of
 * them read the rules, the holds and the reports. Nobody else does: the steering group sees numbers in the
 * situation picture, case managers work cases.
 */
final class RetentionAccess {
    private RetentionAccess() {}

    static final FunctionType[] READERS = {
        FunctionType.ADMINISTRATOR, FunctionType.GROUP_MANAGER, FunctionType.INDIVIDUAL_COORDINATOR
    };

    static final FunctionType[] RULE_EDITORS = {FunctionType.ADMINISTRATOR};

    static final FunctionType[] HOLD_KEEPERS = {
        FunctionType.INDIVIDUAL_COORDINATOR, FunctionType.GROUP_MANAGER, FunctionType.ADMINISTRATOR
    };
}
