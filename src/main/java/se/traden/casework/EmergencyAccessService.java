package se.traden.casework;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.organisation.StaffDirectory;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.AccessLog;
import se.traden.shared.Actor;
import se.traden.shared.BreakTheGlass;
import se.traden.shared.FunctionType;
import se.traden.shared.RecordRef;
import se.traden.shared.RuleViolationException;
import se.traden.shared.StaffId;

/**
 * Emergency access ("break the glass"): a person of an eligible function who is not involved in a case
 * states why they must read it now, and may for a few hours. The group manager (and the log auditor)
 * sees every such access the next day, with the reason and the number of reads, and marks it reviewed.
 */
@Service
public class EmergencyAccessService {
    static final String RECORD = "emergency-access";
    static final FunctionType[] REVIEWERS = {FunctionType.GROUP_MANAGER, FunctionType.LOG_AUDITOR};

    private final Cases cases;
    private final EmergencyAccesses accesses;
    private final AccessGuard guard;
    private final AccessLog accessLog;
    private final StaffDirectory staff;
    private final CaseworkProperties properties;
    private final Clock clock;

    EmergencyAccessService(
            Cases cases,
            EmergencyAccesses accesses,
            AccessGuard guard,
            AccessLog accessLog,
            StaffDirectory staff,
            CaseworkProperties properties,
            Clock clock) {
        this.cases = cases;
        this.accesses = accesses;
        this.guard = guard;
        this.accessLog = accessLog;
        this.staff = staff;
        this.properties = properties;
        this.clock = clock;
    }

    /** The list for review, with the names of those who took the accesses. */
    public record ReviewList(List<EmergencyAccess> accesses, Map<StaffId, String> names, boolean mayReview) {
        public String name(UUID staffId) {
            return names.getOrDefault(new StaffId(staffId), "");
        }
    }

    public long lastsHours() {
        return properties.emergencyAccessLasts().toHours();
    }

    /** Whether the acting person may ask for emergency access to cases at all. */
    public boolean mayRequest() {
        return BreakTheGlass.mayRequest(guard.actor());
    }

    /** Only the case's reference, for the request page: nothing of its content before access is granted. */
    @Transactional
    public String referenceFor(UUID caseId) {
        guard.check(AccessAction.READ, RecordRef.of(RECORD, caseId), BreakTheGlass.eligible());
        return load(caseId, AccessAction.READ).reference();
    }

    @Transactional
    public EmergencyAccess request(UUID caseId, String reason) {
        Actor actor = guard.actor();
        FunctionType function =
                guard.check(AccessAction.CREATE, RecordRef.of(RECORD, caseId), BreakTheGlass.eligible());
        CollaborationCase c = load(caseId, AccessAction.CREATE);
        if (involved(actor, c)) {
            throw new RuleViolationException("case.emergency-not-needed", null, null);
        }
        EmergencyAccess access = EmergencyAccess.grant(
                c.municipalityId(),
                caseId,
                actor.staffId().value(),
                function,
                reason,
                clock.instant(),
                properties.emergencyAccessLasts());
        accesses.insert(access);
        accessLog.recordFlagged(
                actor,
                function,
                AccessAction.CREATE,
                RecordRef.ofPerson(RECORD, access.id(), c.personId()),
                BreakTheGlass.FLAG + " " + access.id());
        return access;
    }

    @Transactional
    public ReviewList forReview() {
        FunctionType actingAs = guard.permit(AccessAction.READ, RecordRef.of(RECORD, null), REVIEWERS);
        Actor actor = guard.actor();
        List<EmergencyAccess> list = accesses.forReview(actor.municipalityId().value());
        Map<StaffId, String> names = staff.names(
                actor.municipalityId(),
                list.stream().map(a -> new StaffId(a.staffId())).distinct().toList());
        return new ReviewList(list, names, actingAs == FunctionType.GROUP_MANAGER);
    }

    @Transactional
    public EmergencyAccess review(UUID id, String note) {
        guard.permit(AccessAction.UPDATE, RecordRef.of(RECORD, id), FunctionType.GROUP_MANAGER);
        Actor actor = guard.actor();
        EmergencyAccess access = accesses.find(actor.municipalityId().value(), id)
                .orElseThrow(() -> guard.notFound(AccessAction.UPDATE, RecordRef.of(RECORD, id)));
        EmergencyAccess reviewed = access.review(actor.staffId().value(), note, clock.instant());
        accesses.markReviewed(reviewed);
        return reviewed;
    }

    private static boolean involved(Actor actor, CollaborationCase c) {
        return actor.holds(FunctionType.INDIVIDUAL_COORDINATOR)
                || (actor.holds(FunctionType.CASE_MANAGER)
                        && actor.staffId().value().equals(c.caseManagerStaffId()));
    }

    private CollaborationCase load(UUID caseId, AccessAction action) {
        return cases.find(guard.actor().municipalityId().value(), caseId)
                .orElseThrow(() -> guard.notFound(action, RecordRef.of(RECORD, caseId)));
    }
}
