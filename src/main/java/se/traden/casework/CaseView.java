package se.traden.casework;

import java.time.LocalDate;
import java.util.List;
import se.traden.shared.FunctionType;

/**
 * A case with its history and the names needed to read it, as the acting function may see it.
 * {@code turns18On} is the child's 18th birthday when it falls within the flagging horizon, else null;
 * {@code glances} are what each part of the case says about where it stands now.
 */
public record CaseView(
        CollaborationCase collaborationCase,
        String childName,
        String caseManagerName,
        List<CaseEvent> history,
        FunctionType actingAs,
        LocalDate turns18On,
        List<CaseGlance.Glance> glances) {

    /**
     * Whether the reader is not involved in the case and reads it under an emergency access: the only
     * way anyone but its case manager, the coordinator or (after an escalation) the group manager reads it.
     */
    public boolean emergency() {
        return switch (actingAs) {
            case INDIVIDUAL_COORDINATOR -> false;
            case CASE_MANAGER -> false;
            case GROUP_MANAGER -> !collaborationCase.escalatedToGroupManager();
            default -> true;
        };
    }

    /** The earliest date any part of the case is waiting for, if any. */
    public java.util.Optional<CaseGlance.NextStep> nextStep() {
        return CaseGlance.NextStep.of(glances);
    }
}
