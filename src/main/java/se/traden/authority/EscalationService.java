package se.traden.authority;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.casework.CaseAccess;
import se.traden.casework.CaseService;
import se.traden.organisation.StaffDirectory;
import se.traden.people.PersonDirectory;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.Actor;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.NotPermittedException;
import se.traden.shared.RecordRef;
import se.traden.shared.RuleViolationException;
import se.traden.shared.StaffId;

/**
 * Escalations of disagreements about a case. The case manager and the coordinator open and lift them;
 * lifting to the group manager opens the case's content to the group manager, who may then read it and
 * answer (and lift) the steps that reach them.
 */
@Service
class EscalationService {
    static final String RECORD = "escalation";

    private final CaseAccess access;
    private final CaseService cases;
    private final Escalations escalations;
    private final PersonDirectory people;
    private final StaffDirectory staff;
    private final AccessGuard guard;
    private final Clock clock;

    EscalationService(
            CaseAccess access,
            CaseService cases,
            Escalations escalations,
            PersonDirectory people,
            StaffDirectory staff,
            AccessGuard guard,
            Clock clock) {
        this.access = access;
        this.cases = cases;
        this.escalations = escalations;
        this.people = people;
        this.staff = staff;
        this.guard = guard;
        this.clock = clock;
    }

    record EscalationPage(CaseTop top, List<Escalation> escalations, Map<StaffId, String> names) {
        public String name(UUID staffId) {
            return staffId == null ? "" : names.getOrDefault(new StaffId(staffId), "");
        }

        /** Whether the reader may record the outcome of the escalation's current step. */
        public boolean mayAnswer(Escalation e) {
            return e.awaitsOutcome()
                    && EscalationPolicy.mayAnswerAt(e.current().level(), top.actingAs())
                            .allowed();
        }

        /** Whether the reader may lift the escalation to its next step. */
        public boolean mayLift(Escalation e) {
            return e.mayBeLifted()
                    && EscalationPolicy.mayRaiseTo(e.nextLevel(), top.actingAs())
                            .allowed();
        }
    }

    @Transactional
    EscalationPage page(UUID caseId) {
        var ref = access.readContent(caseId, RECORD);
        var found = escalations.ofCase(ref.municipalityId(), caseId);
        var ids = new ArrayList<StaffId>();
        for (var e : found) {
            for (var s : e.steps()) {
                ids.add(new StaffId(s.raisedBy()));
                if (s.outcomeBy() != null) {
                    ids.add(new StaffId(s.outcomeBy()));
                }
            }
        }
        return new EscalationPage(
                CaseTop.of(ref, cases, people), found, staff.names(new MunicipalityId(ref.municipalityId()), ids));
    }

    @Transactional
    Escalation open(UUID caseId, String counterpart, String question) {
        var ref = access.writeContent(caseId, RECORD);
        if (CaseTop.of(ref, cases, people).closed()) {
            throw new RuleViolationException("escalation.case-closed", null, null);
        }
        Escalation e = permitted(
                ref, () -> Escalation.open(ref.municipalityId(), caseId, counterpart, question, by(ref.actingAs())));
        escalations.insert(e);
        return e;
    }

    @Transactional
    Escalation answer(UUID caseId, UUID escalationId, long version, String outcome, Boolean settled) {
        var ref = gate(caseId);
        Escalation e = load(ref, escalationId, version);
        permitted(ref, () -> {
            e.answer(outcome, settled, by(ref.actingAs()));
            return e;
        });
        escalations.update(e);
        return reload(ref, escalationId);
    }

    @Transactional
    Escalation lift(UUID caseId, UUID escalationId, long version, String question) {
        var ref = gate(caseId);
        Escalation e = load(ref, escalationId, version);
        EscalationLevel level = permitted(ref, () -> e.lift(question, by(ref.actingAs())));
        escalations.update(e);
        if (level == EscalationLevel.GROUP_MANAGER) {
            cases.escalateToGroupManager(caseId, question);
        }
        return reload(ref, escalationId);
    }

    /**
     * The case manager and the coordinator change escalations as writers of the case; the group manager,
     * who never writes the case, answers and lifts the steps that reached them once the case is
     * escalated to them (the policy then says which steps).
     */
    private CaseAccess.CaseRef gate(UUID caseId) {
        Actor actor = guard.actor();
        if (actor.holds(FunctionType.CASE_MANAGER) || actor.holds(FunctionType.INDIVIDUAL_COORDINATOR)) {
            return access.writeContent(caseId, RECORD);
        }
        var ref = access.readContent(caseId, RECORD);
        guard.logAccess(ref.actingAs(), AccessAction.UPDATE, RecordRef.ofPerson(RECORD, caseId, ref.personId()));
        return ref;
    }

    /**
     * A step the policy refuses this function names the case it was about; the refusal is logged as a
     * denial where it is answered.
     */
    private <T> T permitted(CaseAccess.CaseRef ref, Supplier<T> step) {
        try {
            return step.get();
        } catch (NotPermittedException e) {
            throw e.about(RecordRef.ofPerson(RECORD, ref.caseId(), ref.personId()));
        }
    }

    private Escalation load(CaseAccess.CaseRef ref, UUID escalationId, long version) {
        Escalation e = escalations
                .find(ref.municipalityId(), ref.caseId(), escalationId)
                .orElseThrow(() -> guard.notFound(AccessAction.UPDATE, RecordRef.of(RECORD, escalationId)));
        if (e.version() != version) {
            throw new ConcurrentEditException(RECORD, escalationId, version);
        }
        return e;
    }

    private Escalation reload(CaseAccess.CaseRef ref, UUID escalationId) {
        return escalations
                .find(ref.municipalityId(), ref.caseId(), escalationId)
                .orElseThrow();
    }

    private By by(FunctionType actingAs) {
        return new By(guard.actor().staffId().value(), actingAs, clock.instant());
    }
}
