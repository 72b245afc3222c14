package se.traden.casework;

import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.AccessLog;
import se.traden.shared.Actor;
import se.traden.shared.BreakTheGlass;
import se.traden.shared.FunctionType;
import se.traden.shared.RecordRef;

/**
 * Inner secrecy for cases, in one place: who may read and write a case's content.
 *
 * <ul>
 *   <li>the case manager holding the case: reads and writes it;
 *   <li>the individual coordinator: reads and writes every case of the unit;
 *   <li>the group manager: reads a case's content only once a disagreement has been escalated to them;
 *   <li>a case officer: only what concerns their own investigation ({@link #readForInvestigation});
 *   <li>someone outside the case with an emergency access ({@link EmergencyAccessService}): reads it, never
 *       writes, until the access expires; each read is flagged in the access log;
 *   <li>everyone else, and anyone of another municipality: nothing (404 for other municipalities).
 * </ul>
 *
 * Every answer is written to the access log; other modules ask here before touching a case's data.
 */
@Component
public class CaseAccess {
    /**
     * The functions that may read some case (their own, every case, an escalated one, or one under an
     * emergency access). Anyone else is refused before the case is looked up, so that the refusal is the
     * same whether the case exists or not.
     */
    private static final FunctionType[] READERS_OF_ANY = {
        FunctionType.CASE_MANAGER,
        FunctionType.INDIVIDUAL_COORDINATOR,
        FunctionType.GROUP_MANAGER,
        FunctionType.INTAKE_UNIT,
        FunctionType.OUT_OF_HOURS
    };

    private static final FunctionType[] INVESTIGATION_READERS_OF_ANY = {
        FunctionType.CASE_MANAGER,
        FunctionType.INDIVIDUAL_COORDINATOR,
        FunctionType.GROUP_MANAGER,
        FunctionType.INTAKE_UNIT,
        FunctionType.OUT_OF_HOURS,
        FunctionType.CASE_OFFICER
    };

    /** The functions that may write some case: the case manager holding it and the coordinator. */
    private static final FunctionType[] WRITERS_OF_ANY = {FunctionType.CASE_MANAGER, FunctionType.INDIVIDUAL_COORDINATOR
    };

    private final Cases cases;
    private final AccessGuard guard;
    private final AccessLog accessLog;
    private final ObjectProvider<CaseOfficerLinks> officerLinks;
    private final EmergencyAccesses emergencies;
    private final java.time.Clock clock;

    CaseAccess(
            Cases cases,
            AccessGuard guard,
            AccessLog accessLog,
            ObjectProvider<CaseOfficerLinks> officerLinks,
            EmergencyAccesses emergencies,
            java.time.Clock clock) {
        this.cases = cases;
        this.guard = guard;
        this.accessLog = accessLog;
        this.officerLinks = officerLinks;
        this.emergencies = emergencies;
        this.clock = clock;
    }

    /** A case as another module needs to know it, with the function the actor acts in. */
    public record CaseRef(
            UUID caseId,
            UUID municipalityId,
            UUID personId,
            UUID caseManagerStaffId,
            CaseStatus status,
            Phase phase,
            FunctionType actingAs) {}

    public CaseRef readContent(UUID caseId, String recordType) {
        return require(caseId, AccessAction.READ, recordType, false);
    }

    public CaseRef writeContent(UUID caseId, String recordType) {
        return require(caseId, AccessAction.UPDATE, recordType, true);
    }

    /**
     * A look at a case by someone about to change it (a confirmation page): allowed to those who may write
     * it, and logged as the read it is.
     */
    CaseRef readForChange(UUID caseId, String recordType) {
        return require(caseId, AccessAction.READ, recordType, true);
    }

    /** What a case officer may see: the parts of a case that concern their investigation. */
    public CaseRef readForInvestigation(UUID caseId, String recordType) {
        Actor actor = guard.actor();
        guard.check(AccessAction.READ, RecordRef.of(recordType, caseId), INVESTIGATION_READERS_OF_ANY);
        CollaborationCase c = load(caseId, AccessAction.READ, recordType);
        RecordRef ref = RecordRef.ofPerson(recordType, caseId, c.personId());
        if (actor.holds(FunctionType.CASE_OFFICER)) {
            var links = officerLinks.getIfAvailable();
            if (links != null
                    && links.isCaseOfficerOf(
                            c.municipalityId(), caseId, actor.staffId().value())) {
                accessLog.record(actor, FunctionType.CASE_OFFICER, AccessAction.READ, ref);
                return ref(c, FunctionType.CASE_OFFICER);
            }
        }
        return decide(actor, c, ref, AccessAction.READ, false);
    }

    private CaseRef require(UUID caseId, AccessAction action, String recordType, boolean write) {
        Actor actor = guard.actor();
        guard.check(action, RecordRef.of(recordType, caseId), write ? WRITERS_OF_ANY : READERS_OF_ANY);
        CollaborationCase c = load(caseId, action, recordType);
        return decide(actor, c, RecordRef.ofPerson(recordType, caseId, c.personId()), action, write);
    }

    /**
     * Whether the acting person may read the case's content, without reading any of it: for a page that
     * only links to the case (a deviation raised from its after action review, for example). Writes
     * nothing to the access log, since nothing of the case is shown; following the link asks again.
     */
    public boolean maySee(UUID caseId) {
        Actor actor = guard.actor();
        return cases.find(actor.municipalityId().value(), caseId)
                .map(c -> reader(actor, c, false) != null)
                .orElse(false);
    }

    private CaseRef decide(Actor actor, CollaborationCase c, RecordRef ref, AccessAction action, boolean write) {
        FunctionType actingAs = reader(actor, c, write);
        if (actingAs == null && !write) {
            var emergency = emergencies.active(
                    c.municipalityId(), c.id(), actor.staffId().value(), clock.instant());
            if (emergency.isPresent() && actor.holds(emergency.get().function())) {
                accessLog.recordFlagged(
                        actor,
                        emergency.get().function(),
                        action,
                        ref,
                        BreakTheGlass.FLAG + " " + emergency.get().id());
                return ref(c, emergency.get().function());
            }
        }
        if (actingAs == null) {
            accessLog.denied(actor, action, ref, "not involved in the case");
            throw new AccessDeniedException("not involved in the case");
        }
        accessLog.record(actor, actingAs, action, ref);
        return ref(c, actingAs);
    }

    /** The function the actor reads (or writes) the case in, or null when they are not involved. */
    private static FunctionType reader(Actor actor, CollaborationCase c, boolean write) {
        if (actor.holds(FunctionType.CASE_MANAGER) && actor.staffId().value().equals(c.caseManagerStaffId())) {
            return FunctionType.CASE_MANAGER;
        } else if (actor.holds(FunctionType.INDIVIDUAL_COORDINATOR)) {
            return FunctionType.INDIVIDUAL_COORDINATOR;
        } else if (!write && actor.holds(FunctionType.GROUP_MANAGER) && c.escalatedToGroupManager()) {
            return FunctionType.GROUP_MANAGER;
        }
        return null;
    }

    private CollaborationCase load(UUID caseId, AccessAction action, String recordType) {
        // The coordinator reads every case, so only they are told that one is missing; anyone else gets
        // the refusal (with its offer of emergency access) they get on a case they are not involved in.
        return cases.find(guard.actor().municipalityId().value(), caseId)
                .orElseThrow(() ->
                        guard.missing(action, RecordRef.of(recordType, caseId), FunctionType.INDIVIDUAL_COORDINATOR));
    }

    private static CaseRef ref(CollaborationCase c, FunctionType actingAs) {
        return new CaseRef(
                c.id(), c.municipalityId(), c.personId(), c.caseManagerStaffId(), c.status(), c.phase(), actingAs);
    }
}
