package se.traden.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.traden.casework.CaseAccess.CaseRef;
import se.traden.casework.CaseStatus;
import se.traden.organisation.StaffDirectory;
import se.traden.shared.FunctionType;

/** A plan as a page or a document shows it: the revision, the names needed to read it, and its history. */
public record PlanView(
        CaseRef caseRef,
        String childName,
        String caseManagerName,
        Plan plan,
        List<PlanRevision> revisions,
        Map<UUID, String> staffNames,
        Map<UUID, String> guardians,
        List<StaffDirectory.Member> staffChoices) {

    public int currentNumber() {
        return plan.currentNumber();
    }

    public PlanContent content() {
        return plan.currentContent();
    }

    public String staffName(UUID id) {
        return id == null ? "" : staffNames.getOrDefault(id, "");
    }

    public List<PlanRevision> newestFirst() {
        return revisions.reversed();
    }

    public boolean mayRevise() {
        return caseRef.actingAs() != FunctionType.GROUP_MANAGER && caseRef.status() != CaseStatus.CLOSED;
    }
}
