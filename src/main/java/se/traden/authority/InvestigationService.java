package se.traden.authority;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.casework.CaseAccess;
import se.traden.casework.CaseService;
import se.traden.organisation.StaffDirectory;
import se.traden.people.PersonDirectory;
import se.traden.shared.AccessGuard;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.MunicipalityId;
import se.traden.shared.RecordRef;
import se.traden.shared.RuleViolationException;
import se.traden.shared.StaffId;

/**
 * The parallel investigations of a case. The case manager and the coordinator keep them; the linked case
 * officer reads their own investigation and the feedback on it through
 * {@link CaseAccess#readForInvestigation}, and nothing else of the case.
 */
@Service
class InvestigationService {
    static final String RECORD = "investigation";

    private final CaseAccess access;
    private final CaseService cases;
    private final Investigations investigations;
    private final PersonDirectory people;
    private final StaffDirectory staff;
    private final AccessGuard guard;
    private final Clock clock;

    InvestigationService(
            CaseAccess access,
            CaseService cases,
            Investigations investigations,
            PersonDirectory people,
            StaffDirectory staff,
            AccessGuard guard,
            Clock clock) {
        this.access = access;
        this.cases = cases;
        this.investigations = investigations;
        this.people = people;
        this.staff = staff;
        this.guard = guard;
        this.clock = clock;
    }

    /** One investigation with its decisions and the feedback on it, and the names to read them. */
    record InvestigationView(
            Investigation investigation,
            String caseOfficerName,
            List<Decision> decisions,
            List<FeedbackView> feedback) {}

    record FeedbackView(Feedback feedback, String givenByName) {}

    record InvestigationPage(CaseTop top, List<InvestigationView> investigations) {}

    @Transactional
    InvestigationPage page(UUID caseId) {
        var ref = access.readForInvestigation(caseId, RECORD);
        CaseTop top = CaseTop.of(ref, cases, people);
        List<Investigation> found = investigations.ofCase(ref.municipalityId(), caseId);
        if (ref.actingAs() == FunctionType.CASE_OFFICER) {
            // A case officer sees the investigation they run, not another officer's.
            UUID me = guard.actor().staffId().value();
            found = found.stream()
                    .filter(i -> i.caseOfficerStaffId().equals(me))
                    .toList();
        }
        var ids = found.stream().map(Investigation::id).toList();
        var decisions = investigations.decisions(ref.municipalityId(), ids);
        var feedback = investigations.feedback(ref.municipalityId(), ids);
        var staffIds = new ArrayList<StaffId>();
        found.forEach(i -> staffIds.add(new StaffId(i.caseOfficerStaffId())));
        feedback.forEach(f -> staffIds.add(new StaffId(f.givenBy())));
        Map<StaffId, String> names = staff.names(new MunicipalityId(ref.municipalityId()), staffIds);
        return new InvestigationPage(
                top,
                found.stream()
                        .map(i -> new InvestigationView(
                                i,
                                names.getOrDefault(new StaffId(i.caseOfficerStaffId()), ""),
                                decisions.stream()
                                        .filter(d -> d.investigationId().equals(i.id()))
                                        .toList(),
                                feedback.stream()
                                        .filter(f -> f.investigationId().equals(i.id()))
                                        .map(f -> new FeedbackView(f, names.getOrDefault(new StaffId(f.givenBy()), "")))
                                        .toList()))
                        .toList());
    }

    /** The staff who hold the case officer function today: whom an investigation can be linked to. */
    @Transactional(readOnly = true)
    List<StaffDirectory.Member> caseOfficers() {
        return staff.holdersOn(guard.actor().municipalityId(), FunctionType.CASE_OFFICER, LocalDate.now(clock));
    }

    @Transactional
    Investigation link(UUID caseId, Investigation.Link input) {
        var ref = access.writeContent(caseId, RECORD);
        if (CaseTop.of(ref, cases, people).closed()) {
            throw new RuleViolationException("investigation.case-closed", null, null);
        }
        requireCaseOfficer(ref, input.caseOfficerId());
        Investigation linked = Investigation.link(ref.municipalityId(), caseId, input, LocalDate.now(clock), by(ref));
        investigations.insert(linked, by(ref));
        guard.logAccess(ref.actingAs(), se.traden.shared.AccessAction.CREATE, RecordRef.of(RECORD, linked.id()));
        return linked;
    }

    @Transactional
    Investigation moveStatus(
            UUID caseId, UUID investigationId, long version, InvestigationStatus to, LocalDate on, String note) {
        var ref = access.writeContent(caseId, RECORD);
        Investigation i = load(ref, investigationId, version);
        i.moveTo(to, on, note, LocalDate.now(clock), by(ref));
        investigations.update(i);
        return reload(ref, investigationId);
    }

    @Transactional
    Investigation handOver(UUID caseId, UUID investigationId, long version, UUID caseOfficer) {
        var ref = access.writeContent(caseId, RECORD);
        Investigation i = load(ref, investigationId, version);
        requireCaseOfficer(ref, caseOfficer);
        i.handOverTo(caseOfficer, by(ref));
        investigations.update(i);
        return reload(ref, investigationId);
    }

    @Transactional
    Decision recordDecision(UUID caseId, UUID investigationId, LocalDate decidedOn, String decision) {
        var ref = access.writeContent(caseId, RECORD);
        Investigation i = find(ref, investigationId);
        Decision d = Decision.record(i.id(), decidedOn, decision, LocalDate.now(clock), by(ref));
        investigations.insert(d, ref.municipalityId());
        return d;
    }

    @Transactional
    Feedback giveFeedback(UUID caseId, UUID investigationId, Feedback.NewFeedback input) {
        var ref = access.writeContent(caseId, RECORD);
        Investigation i = find(ref, investigationId);
        Feedback f = Feedback.give(i.id(), input, LocalDate.now(clock), by(ref));
        investigations.insert(f, ref.municipalityId());
        return f;
    }

    private void requireCaseOfficer(CaseAccess.CaseRef ref, UUID candidate) {
        if (candidate == null) {
            return; // reported with the other missing values
        }
        boolean holds = staff
                .holdersOn(new MunicipalityId(ref.municipalityId()), FunctionType.CASE_OFFICER, LocalDate.now(clock))
                .stream()
                .anyMatch(m -> m.id().value().equals(candidate));
        if (!holds) {
            throw InvalidInputException.of("caseOfficerId", "investigation.not-a-case-officer");
        }
    }

    private Investigation load(CaseAccess.CaseRef ref, UUID investigationId, long version) {
        Investigation i = find(ref, investigationId);
        if (i.version() != version) {
            throw new ConcurrentEditException(RECORD, investigationId, version);
        }
        return i;
    }

    private Investigation find(CaseAccess.CaseRef ref, UUID investigationId) {
        return investigations
                .find(ref.municipalityId(), ref.caseId(), investigationId)
                .orElseThrow(() ->
                        guard.notFound(se.traden.shared.AccessAction.UPDATE, RecordRef.of(RECORD, investigationId)));
    }

    private Investigation reload(CaseAccess.CaseRef ref, UUID investigationId) {
        return investigations
                .find(ref.municipalityId(), ref.caseId(), investigationId)
                .orElseThrow();
    }

    private By by(CaseAccess.CaseRef ref) {
        return new By(guard.actor().staffId().value(), ref.actingAs(), clock.instant());
    }
}
