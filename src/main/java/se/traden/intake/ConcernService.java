package se.traden.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.organisation.StaffDirectory;
import se.traden.people.PersonDirectory;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.Actor;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.MunicipalityId;
import se.traden.shared.RecordRef;
import se.traden.shared.StaffId;

/**
 * The commands and views of the concern flow. Each command is one transaction: it checks who acts,
 * loads the concern from the actor's municipality, lets the concern apply its rules, and stores it
 * with its new timeline events and the access-log entry.
 */
@Service
public class ConcernService {
    private final Concerns concerns;
    private final AccessGuard guard;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final CaseManagerCandidates candidates;
    private final ApplicationEventPublisher events;
    private final PersonDirectory people;
    private final ChildFinding finding;

    ConcernService(
            Concerns concerns,
            AccessGuard guard,
            Clock clock,
            JdbcClient jdbc,
            StaffDirectory staff,
            CaseManagerCandidates candidates,
            ApplicationEventPublisher events,
            PersonDirectory people,
            ChildFinding finding) {
        this.concerns = concerns;
        this.guard = guard;
        this.clock = clock;
        this.jdbc = jdbc;
        this.staff = staff;
        this.candidates = candidates;
        this.events = events;
        this.people = people;
        this.finding = finding;
    }

    /** The input of a new concern, from a form or the API. */
    public record RaiseConcern(
            String subjectName,
            String subjectPersonalNumber,
            Integer subjectBirthYear,
            String subjectSchool,
            String worry,
            Set<ProblemArea> problemAreas,
            boolean urgent,
            MandatoryReport mandatoryReport,
            String mandatoryReportReason,
            String reporterOrganisation,
            String reporterFunction,
            String reporterName,
            String reporterContact) {}

    /**
     * An empty concern for the acting person to fill in, with their own name as the reporter's. Refused
     * for functions that do not raise concerns.
     */
    public RaiseConcern draft() {
        Actor actor = guard.actor();
        guard.check(AccessAction.CREATE, RecordRef.of("concern", null), IntakeAccess.MAY_RAISE);
        return new RaiseConcern(
                null, null, null, null, null, Set.of(), false, null, null, null, null, actor.displayName(), null);
    }

    @Transactional
    public Concern raise(RaiseConcern input) {
        Actor actor = guard.actor();
        FunctionType actingAs = guard.check(AccessAction.CREATE, RecordRef.of("concern", null), IntakeAccess.MAY_RAISE);
        Instant now = clock.instant();
        var settings = settings(actor);
        var concern = Concern.raise(
                actor.municipalityId().value(),
                concerns.nextReference(actor.municipalityId().value(), now, clock.getZone()),
                settings.route(),
                new Reporter(
                        actor.staffId().value(),
                        null,
                        input.reporterOrganisation(),
                        input.reporterFunction(),
                        input.reporterName() == null || input.reporterName().isBlank()
                                ? actor.displayName()
                                : input.reporterName(),
                        input.reporterContact()),
                new Subject(
                        input.subjectName(),
                        input.subjectPersonalNumber(),
                        input.subjectBirthYear(),
                        input.subjectSchool()),
                input.worry(),
                input.problemAreas() == null ? Set.of() : input.problemAreas(),
                input.urgent(),
                input.mandatoryReport(),
                input.mandatoryReportReason(),
                settings.windows(),
                new Acting(actor.staffId().value(), actingAs, now));
        concerns.insert(concern);
        guard.logAccess(actingAs, AccessAction.CREATE, RecordRef.of("concern", concern.id()));
        return concern;
    }

    /** A concern as the functions that work it see it, with its timeline. */
    @Transactional
    public ConcernView view(UUID id) {
        Concern concern = load(id, AccessAction.READ);
        guard.permit(AccessAction.READ, ref(concern), IntakeAccess.workers(concern));
        return new ConcernView(concern, concerns.timeline(concern.municipalityId(), concern.id()), clock.instant());
    }

    /**
     * A concern as its page shows it, with the function the viewer works it in, the names of the staff
     * on its timeline, what else Tråden knows about the identified child, and, while the child is to be
     * identified (or {@code identifyAgain} asks for it), the registered children who may be the one.
     */
    @Transactional
    public ConcernPage page(UUID id, boolean identifyAgain) {
        Concern concern = load(id, AccessAction.READ);
        FunctionType[] workers = IntakeAccess.workers(concern);
        FunctionType actingAs = guard.permit(AccessAction.READ, ref(concern), workers);
        var timeline = concerns.timeline(concern.municipalityId(), concern.id());
        Set<StaffId> named = new HashSet<>();
        for (ConcernEvent e : timeline) {
            if (e.staffId() != null) {
                named.add(new StaffId(e.staffId()));
            }
            if (e.details().get("caseManagerId") instanceof String cm) {
                named.add(new StaffId(UUID.fromString(cm)));
            }
        }
        if (concern.caseManagerStaffId() != null) {
            named.add(new StaffId(concern.caseManagerStaffId()));
        }
        Map<UUID, String> names = new HashMap<>();
        staff.names(new MunicipalityId(concern.municipalityId()), named)
                .forEach((staffId, name) -> names.put(staffId.value(), name));
        boolean identifying = NextSteps.of(concern, actingAs).contains(NextSteps.Step.IDENTIFY)
                && (concern.personId() == null || identifyAgain);
        return new ConcernPage(
                new ConcernView(concern, timeline, clock.instant()),
                actingAs,
                names,
                personName(concern),
                finding.thread(concern, workers),
                identifying,
                identifying ? finding.candidates(concern, workers) : List.of());
    }

    /**
     * The registered children who may be the one a concern is about, each with what Tråden already
     * knows about them: for the functions that work the concern, while they identify the child.
     */
    @Transactional
    public List<IdentificationCandidate> identificationCandidates(UUID id) {
        Concern concern = load(id, AccessAction.READ);
        FunctionType[] workers = IntakeAccess.workers(concern);
        guard.permit(AccessAction.READ, ref(concern), workers);
        return finding.candidates(concern, workers);
    }

    /** The concern and the case managers to choose from, for the coordinator about to decide. */
    @Transactional
    public DecisionSupport decisionSupport(UUID id) {
        Concern concern = load(id, AccessAction.READ);
        FunctionType actingAs = guard.permit(AccessAction.READ, ref(concern), IntakeAccess.DECIDERS);
        var assessed = candidates.forConcern(concern);
        // A family relationship tells that a sibling or guardian has had a collaboration: a read of them.
        for (UUID member : assessed.familyShown()) {
            guard.logAccess(actingAs, AccessAction.READ, RecordRef.ofPerson("concern-family", concern.id(), member));
        }
        return support(concern, assessed.candidates());
    }

    /** The receipt of a concern the acting person raised; anyone else's answers as missing. */
    @Transactional
    public ConcernReceipt receipt(UUID id) {
        Actor actor = guard.actor();
        RecordRef record = RecordRef.of("concern-own", id);
        FunctionType actingAs = guard.check(AccessAction.READ, record, IntakeAccess.MAY_RAISE);
        ConcernReceipt receipt = concerns.receipt(
                        actor.municipalityId().value(), actor.staffId().value(), id)
                .orElseThrow(() -> guard.notFound(AccessAction.READ, record));
        guard.logAccess(actingAs, AccessAction.READ, record);
        return receipt;
    }

    /** The open concerns the acting function works, urgent first, then by the nearest deadline: the first 500. */
    @Transactional
    public List<InboxItem> inbox() {
        return inbox(0, 500);
    }

    /** {@code size} of the open concerns the acting function works, from {@code offset}, in the inbox's order. */
    @Transactional
    List<InboxItem> inbox(int offset, int size) {
        Actor actor = guard.actor();
        FunctionType actingAs = guard.permit(
                AccessAction.SEARCH,
                RecordRef.of("concern-inbox", null),
                FunctionType.INDIVIDUAL_COORDINATOR,
                FunctionType.INTAKE_UNIT,
                FunctionType.OUT_OF_HOURS);
        String filter = switch (actingAs) {
            case INTAKE_UNIT -> " and c.route = 'INTAKE_UNIT'";
            case OUT_OF_HOURS -> " and c.urgent";
            default -> "";
        };
        Instant now = clock.instant();
        // The database orders them as item() computes the next deadline: urgent first, then the deadline not
        // yet met that runs out first, those with none last.
        return concerns.open(actor.municipalityId().value(), filter, offset, size).stream()
                .map(c -> item(c, now))
                .toList();
    }

    @Transactional
    public Concern triage(UUID id, long version, Complexity complexity, String valuation) {
        return work(id, version, (c, by) -> c.triage(complexity, valuation, by));
    }

    @Transactional
    public Concern identify(UUID id, long version, UUID personId) {
        Actor actor = guard.actor();
        return work(id, version, (c, by) -> {
            if (personId != null && !people.exists(actor.municipalityId(), personId)) {
                throw InvalidInputException.of("personId", "concern.unknown-person");
            }
            c.identify(personId, by);
        });
    }

    @Transactional
    public Concern closeAsSimple(UUID id, long version, String advice) {
        return work(id, version, (c, by) -> c.closeAsSimple(advice, by));
    }

    @Transactional
    public Concern giveFeedback(UUID id, long version, String text) {
        return work(id, version, (c, by) -> c.giveFeedback(text, by));
    }

    @Transactional
    public Concern startGathering(UUID id, long version) {
        return work(id, version, (c, by) -> c.startGathering(by));
    }

    @Transactional
    public Concern concludeGathering(UUID id, long version, Concern.GatheringOutcome outcome, String summary) {
        return work(id, version, (c, by) -> c.concludeGathering(outcome, summary, by));
    }

    @Transactional
    public Concern holdAssessment(
            UUID id,
            long version,
            String immediateActions,
            String circleAndFormOfWork,
            String responsibilityAndMandate,
            String participants) {
        return work(
                id,
                version,
                (c, by) -> c.holdAssessment(
                        immediateActions, circleAndFormOfWork, responsibilityAndMandate, participants, by));
    }

    @Transactional
    public Concern handOver(UUID id, long version, String note) {
        return work(id, version, (c, by) -> c.handOver(note, by));
    }

    @Transactional
    public Concern activate(UUID id, long version, UUID caseManager, String reason) {
        Concern concern = decide(id, version, activation(caseManager, reason));
        Actor actor = guard.actor();
        events.publishEvent(new ConcernActivated(
                concern.municipalityId(),
                concern.id(),
                concern.personId(),
                concern.caseManagerStaffId(),
                actor.staffId().value(),
                reason,
                concern.decision().metAt()));
        return concern;
    }

    /**
     * The coordinator lets a new concern join the child's earlier case instead of a new activation; the
     * case module reopens the case in the same transaction. Publishes no activation: no new case opens.
     */
    @Transactional
    public Concern joinCase(UUID id, long version, UUID caseId, UUID caseManager, String reason) {
        return decide(id, version, (c, by) -> c.joinExistingCase(caseId, caseManager, reason, by));
    }

    /**
     * Checks an activation exactly as {@link #activate} would make it, and makes nothing: the step before
     * the coordinator confirms. Answers with the concern as it stands and the candidates.
     */
    @Transactional
    public DecisionSupport checkActivation(UUID id, long version, UUID caseManager, String reason) {
        return rehearse(id, version, c -> IntakeAccess.DECIDERS, activation(caseManager, reason));
    }

    /** Checks a line decision as {@link #leaveWithLine} would make it, and makes nothing. */
    @Transactional
    public DecisionSupport checkLineDecision(
            UUID id, long version, String receivingUnit, String advice, String reason) {
        return rehearse(
                id, version, c -> IntakeAccess.DECIDERS, (c, by) -> c.leaveWithLine(receivingUnit, advice, reason, by));
    }

    /** Checks a closure as simple as {@link #closeAsSimple} would make it, and makes nothing. */
    @Transactional
    public DecisionSupport checkSimpleClosure(UUID id, long version, String advice) {
        return rehearse(id, version, IntakeAccess::workers, (c, by) -> c.closeAsSimple(advice, by));
    }

    /** Only someone who holds a case manager function in the municipality today can be assigned. */
    private Step activation(UUID caseManager, String reason) {
        return (c, by) -> {
            if (caseManager != null && !candidates.isCandidate(c, caseManager)) {
                throw InvalidInputException.of("caseManagerId", "concern.case-manager-not-available");
            }
            c.activate(caseManager, reason, by);
        };
    }

    @Transactional
    public Concern leaveWithLine(UUID id, long version, String receivingUnit, String advice, String reason) {
        return decide(id, version, (c, by) -> c.leaveWithLine(receivingUnit, advice, reason, by));
    }

    @Transactional
    public Concern lineReturns(UUID id, long version, String whatChanged) {
        Actor actor = guard.actor();
        var windows = settings(actor).windows();
        return work(id, version, (c, by) -> c.lineReturns(whatChanged, windows, by));
    }

    /** The concerns the acting reporter raised, with the feedback given on each: nothing else. */
    @Transactional
    public List<ReporterView> raisedByMe() {
        Actor actor = guard.actor();
        guard.permit(AccessAction.READ, RecordRef.of("concern-own", actor.staffId()), IntakeAccess.MAY_RAISE);
        return concerns.raisedBy(actor.municipalityId().value(), actor.staffId().value());
    }

    private interface Step {
        void apply(Concern concern, Acting by);
    }

    private Concern work(UUID id, long version, Step step) {
        Concern concern = load(id, AccessAction.UPDATE);
        FunctionType actingAs = guard.permit(AccessAction.UPDATE, ref(concern), IntakeAccess.workers(concern));
        return apply(concern, version, actingAs, step);
    }

    private Concern decide(UUID id, long version, Step step) {
        Concern concern = load(id, AccessAction.UPDATE);
        FunctionType actingAs = guard.permit(AccessAction.UPDATE, ref(concern), IntakeAccess.DECIDERS);
        return apply(concern, version, actingAs, step);
    }

    /** Runs the step on a copy that is never stored, so that its rules answer before anyone confirms. */
    private DecisionSupport rehearse(
            UUID id, long version, java.util.function.Function<Concern, FunctionType[]> allowed, Step step) {
        Concern concern = load(id, AccessAction.READ);
        FunctionType actingAs = guard.permit(AccessAction.READ, ref(concern), allowed.apply(concern));
        if (concern.version() != version) {
            throw new se.traden.shared.ConcurrentEditException("concern", concern.id(), version);
        }
        Actor actor = guard.actor();
        step.apply(concern, new Acting(actor.staffId().value(), actingAs, clock.instant()));
        Concern unchanged =
                concerns.find(concern.municipalityId(), concern.id()).orElseThrow();
        return support(unchanged, candidates.forConcern(unchanged).candidates());
    }

    private DecisionSupport support(Concern concern, List<CaseManagerCandidate> candidates) {
        return new DecisionSupport(
                new ConcernView(concern, concerns.timeline(concern.municipalityId(), concern.id()), clock.instant()),
                personName(concern),
                candidates);
    }

    /** The identified child's name, shown where the concern is shown (and logged with it). */
    private String personName(Concern concern) {
        return concern.personId() == null
                ? null
                : people.fullName(new MunicipalityId(concern.municipalityId()), concern.personId())
                        .orElse(null);
    }

    private Concern apply(Concern concern, long version, FunctionType actingAs, Step step) {
        if (concern.version() != version) {
            throw new se.traden.shared.ConcurrentEditException("concern", concern.id(), version);
        }
        Actor actor = guard.actor();
        step.apply(concern, new Acting(actor.staffId().value(), actingAs, clock.instant()));
        concerns.update(concern);
        return concerns.find(concern.municipalityId(), concern.id()).orElseThrow();
    }

    private Concern load(UUID id, AccessAction action) {
        Actor actor = guard.actor();
        // Those who work no concern at all are refused before the lookup: the same answer whether it exists.
        guard.check(action, RecordRef.of("concern", id), IntakeAccess.WORKERS_OF_ANY);
        // Only the coordinator works every concern; the others get the refusal they get on one not theirs.
        return concerns.find(actor.municipalityId().value(), id)
                .orElseThrow(() -> guard.missing(action, RecordRef.of("concern", id), IntakeAccess.DECIDERS));
    }

    private static RecordRef ref(Concern concern) {
        return RecordRef.ofPerson("concern", concern.id(), concern.personId());
    }

    private InboxItem item(Concern c, Instant now) {
        List<Deadline> open = new ArrayList<>();
        for (Deadline d : List.of(c.gathering(), c.feedback(), c.decision())) {
            if (d.metAt() == null) {
                open.add(d);
            }
        }
        DeadlineState worst = open.stream()
                .map(d -> d.stateAt(now))
                .max(Comparator.comparingInt(IntakeDeadlines::severity))
                .orElse(DeadlineState.MET);
        Instant next = open.stream()
                .map(Deadline::dueAt)
                .min(Comparator.naturalOrder())
                .orElse(null);
        return new InboxItem(
                c.id(),
                c.reference(),
                c.receivedAt(),
                c.urgent(),
                c.status(),
                c.subject().name(),
                c.reporter().organisationName(),
                c.problemAreas(),
                c.gathering(),
                c.feedback(),
                c.decision(),
                worst,
                next);
    }

    record Settings(Concern.ContactRoute route, Concern.Windows windows) {}

    private Settings settings(Actor actor) {
        return jdbc.sql("select contact_route, gathering_hours, decision_days from municipality where id = ?")
                .param(actor.municipalityId().value())
                .query((rs, n) -> new Settings(
                        Concern.ContactRoute.valueOf(rs.getString(1)),
                        new Concern.Windows(Duration.ofHours(rs.getInt(2)), Duration.ofDays(rs.getInt(3)))))
                .single();
    }
}
