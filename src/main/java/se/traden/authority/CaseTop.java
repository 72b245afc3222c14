package se.traden.authority;

import java.util.UUID;
import se.traden.casework.CaseAccess;
import se.traden.casework.CaseService;
import se.traden.casework.CaseStatus;
import se.traden.casework.Phase;
import se.traden.people.PersonDirectory;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;

/** The top of this module's case pages: which case, whose, and in which function the reader acts. */
public record CaseTop(
        UUID caseId,
        UUID municipalityId,
        String reference,
        String childName,
        CaseStatus status,
        Phase phase,
        boolean intensive,
        FunctionType actingAs) {

    static CaseTop of(CaseAccess.CaseRef ref, CaseService cases, PersonDirectory people) {
        var c = cases.caseFor(ref);
        return new CaseTop(
                c.id(),
                c.municipalityId(),
                c.reference(),
                people.fullName(new MunicipalityId(c.municipalityId()), c.personId())
                        .orElse(""),
                c.status(),
                c.phase(),
                c.intensive(),
                ref.actingAs());
    }

    public boolean closed() {
        return status == CaseStatus.CLOSED;
    }

    /** The case manager and the coordinator keep the case's record of the investigation. */
    public boolean writable() {
        return actingAs == FunctionType.CASE_MANAGER || actingAs == FunctionType.INDIVIDUAL_COORDINATOR;
    }

    public boolean caseOfficer() {
        return actingAs == FunctionType.CASE_OFFICER;
    }
}
