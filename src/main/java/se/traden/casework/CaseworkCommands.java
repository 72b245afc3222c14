package se.traden.casework;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.traden.shared.AccessGuard;

/**
 * The parts of casework that the pages keep inside the module, for callers in other modules (the demo
 * generator): finding a child's case, recording a transition, and the maintaining contact's follow-ups.
 * The same service methods as the pages and the API, under the same inner secrecy, with the same history
 * lines and access-log entries.
 */
@Component
public class CaseworkCommands {
    private final Cases cases;
    private final CaseAccess access;
    private final AccessGuard guard;
    private final TransitionService transitions;
    private final FollowUpService followUps;

    CaseworkCommands(
            Cases cases,
            CaseAccess access,
            AccessGuard guard,
            TransitionService transitions,
            FollowUpService followUps) {
        this.cases = cases;
        this.access = access;
        this.guard = guard;
        this.transitions = transitions;
        this.followUps = followUps;
    }

    /** The child's latest case, opened by whoever may read it (and logged as that read); empty when none. */
    @Transactional
    public Optional<CollaborationCase> latestCaseOf(UUID personId) {
        UUID municipality = guard.actor().municipalityId().value();
        return cases.latestFor(municipality, personId).map(c -> {
            access.readContent(c.id(), "case");
            return c;
        });
    }

    public Transition recordTransition(
            UUID caseId,
            TransitionKind kind,
            LocalDate occursOn,
            UUID ownerStaffId,
            String ownerOrganisation,
            String note,
            String homeComingPlan) {
        return transitions.record(
                caseId,
                new TransitionService.NewTransition(
                        kind, occursOn, ownerStaffId, ownerOrganisation, note, homeComingPlan));
    }

    public FollowUp scheduleFollowUp(UUID caseId, LocalDate dueOn, String what) {
        return followUps.schedule(caseId, dueOn, what);
    }

    public FollowUp recordFollowUpDone(UUID caseId, UUID followUpId, long version, String note) {
        return followUps.recordDone(caseId, followUpId, version, note);
    }
}
