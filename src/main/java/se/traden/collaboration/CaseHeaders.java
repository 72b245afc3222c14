package se.traden.collaboration;

import java.util.UUID;
import org.springframework.stereotype.Component;
import se.traden.casework.CaseAccess;
import se.traden.casework.CaseService;
import se.traden.people.PersonDirectory;
import se.traden.shared.MunicipalityId;
import se.traden.shared.RuleViolationException;

/**
 * The gate of this module's case pages: asks {@link CaseAccess} (which logs the answer) and returns the
 * case's header. Reads and writes name the record type they concern, so that the log says what was done.
 */
@Component
class CaseHeaders {
    private final CaseAccess access;
    private final CaseService cases;
    private final PersonDirectory people;

    CaseHeaders(CaseAccess access, CaseService cases, PersonDirectory people) {
        this.access = access;
        this.cases = cases;
        this.people = people;
    }

    CaseHeader read(UUID caseId, String recordType) {
        return header(access.readContent(caseId, recordType));
    }

    CaseHeader write(UUID caseId, String recordType) {
        return header(access.writeContent(caseId, recordType));
    }

    /** Write access to a case that has not been closed (a maintaining contact still works it). */
    CaseHeader writeWhileOpen(UUID caseId, String recordType) {
        CaseHeader header = write(caseId, recordType);
        if (header.closed()) {
            throw new RuleViolationException("collaboration.case-closed", null, null);
        }
        return header;
    }

    private CaseHeader header(CaseAccess.CaseRef ref) {
        var c = cases.caseFor(ref);
        String name = people.fullName(new MunicipalityId(ref.municipalityId()), ref.personId())
                .orElse("");
        return CaseHeader.of(ref, c, name);
    }
}
