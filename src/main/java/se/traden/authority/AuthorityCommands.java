package se.traden.authority;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeping track of a case's parallel investigation, for callers in other modules (the demo generator):
 * linking it, moving its status, noting its decisions and giving the case officer feedback. The same
 * service methods as the investigation page and the API, under the case's inner secrecy, with the same
 * access-log entries.
 */
@Component
public class AuthorityCommands {
    private final InvestigationService investigations;

    AuthorityCommands(InvestigationService investigations) {
        this.investigations = investigations;
    }

    public Investigation linkInvestigation(
            UUID caseId,
            String diaryNumber,
            UUID caseOfficerId,
            LocalDate openedOn,
            InvestigationStatus status,
            LocalDate statusOn) {
        return investigations.link(
                caseId, new Investigation.Link(diaryNumber, caseOfficerId, openedOn, status, statusOn));
    }

    public Investigation moveInvestigation(
            UUID caseId, UUID investigationId, long version, InvestigationStatus to, LocalDate on, String note) {
        return investigations.moveStatus(caseId, investigationId, version, to, on, note);
    }

    public void recordDecision(UUID caseId, UUID investigationId, LocalDate decidedOn, String decision) {
        investigations.recordDecision(caseId, investigationId, decidedOn, decision);
    }

    public void giveFeedback(
            UUID caseId,
            UUID investigationId,
            LocalDate givenOn,
            String observations,
            String needs,
            String suggestions) {
        investigations.giveFeedback(
                caseId, investigationId, new Feedback.NewFeedback(givenOn, observations, needs, suggestions));
    }
}
