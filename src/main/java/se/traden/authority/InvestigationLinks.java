package se.traden.authority;

import java.util.UUID;
import org.springframework.stereotype.Component;
import se.traden.casework.CaseOfficerLinks;

/** Answers casework's inner secrecy: a case officer is linked to a case through an investigation they run. */
@Component
class InvestigationLinks implements CaseOfficerLinks {
    private final Investigations investigations;

    InvestigationLinks(Investigations investigations) {
        this.investigations = investigations;
    }

    @Override
    public boolean isCaseOfficerOf(UUID municipalityId, UUID caseId, UUID staffId) {
        return investigations.isCaseOfficerOf(municipalityId, caseId, staffId);
    }
}
