package se.traden.collaboration;

import java.time.Instant;
import java.util.UUID;
import se.traden.casework.CaseAccess;
import se.traden.casework.CaseStatus;
import se.traden.casework.Phase;
import se.traden.shared.FunctionType;

/** What every page about one case shows at the top, and what its rules need to know of the case. */
public record CaseHeader(
        UUID caseId,
        UUID municipalityId,
        UUID personId,
        String reference,
        String childName,
        UUID caseManagerStaffId,
        Instant openedAt,
        CaseStatus status,
        Phase phase,
        boolean intensive,
        FunctionType actingAs) {

    public boolean closed() {
        return status == CaseStatus.CLOSED;
    }

    /** Whether the acting person may write here: the case manager and the coordinator do. */
    public boolean writable() {
        return actingAs == FunctionType.CASE_MANAGER || actingAs == FunctionType.INDIVIDUAL_COORDINATOR;
    }

    static CaseHeader of(CaseAccess.CaseRef ref, se.traden.casework.CollaborationCase c, String childName) {
        return new CaseHeader(
                c.id(),
                c.municipalityId(),
                c.personId(),
                c.reference(),
                childName,
                c.caseManagerStaffId(),
                c.openedAt(),
                c.status(),
                c.phase(),
                c.intensive(),
                ref.actingAs());
    }
}
