package se.traden.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.intake.Concern;
import se.traden.intake.ConcernActivated;
import se.traden.intake.ConcernService;
import se.traden.organisation.StaffDirectory;
import se.traden.people.PersonDirectory;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.Actor;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FieldViolation;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.MunicipalityId;
import se.traden.shared.RecordRef;
import se.traden.shared.StaffId;

/**
 * The commands and views of a case. Each command is one transaction: access through
 * {@link CaseAccess}, the case's own rules, then the stored change with its history line.
 */
@Service
public class CaseService {
    private final Cases cases;
    private final CaseAccess access;
    private final AccessGuard guard;
    private final Clock clock;
    private final PersonDirectory people;
    private final StaffDirectory staff;
    private final ObjectProvider<ClosureConditions> closureConditions;
    private final ConcernService concerns;
    private final CaseworkProperties properties;
    private final CaseGlances glances;

    CaseService(
            Cases cases,
            CaseAccess access,
            AccessGuard guard,
            Clock clock,
            PersonDirectory people,
            StaffDirectory staff,
            ObjectProvider<ClosureConditions> closureConditions,
            ConcernService concerns,
            CaseworkProperties properties,
            CaseGlances glances) {
        this.cases = cases;
        this.access = access;
        this.guard = guard;
        this.clock = clock;
        this.people = people;
        this.staff = staff;
        this.closureConditions = closureConditions;
        this.concerns = concerns;
        this.properties = properties;
        this.glances = glances;
    }

    /**
     * The coordinator's activation opens a case, in the same transaction as the decision. A child whose
     * earlier case is closed or in maintenance gets that case back (one history), now with the assigned
     * case manager.
     */
    @EventListener
    void onActivated(ConcernActivated activated) {
        Actor actor = guard.actor();
        var by = new CollaborationCase.By(actor.staffId().value(), FunctionType.INDIVIDUAL_COORDINATOR, activated.at());
        var earlier = cases.latestFor(activated.municipalityId(), activated.personId());
        if (earlier.isPresent() && earlier.get().status() != CaseStatus.ACTIVE) {
            CollaborationCase c = earlier.get();
            c.reengage(activated.concernId(), activated.reason(), by);
            if (!c.caseManagerStaffId().equals(activated.caseManagerStaffId())) {
                c.reassign(activated.caseManagerStaffId(), activated.reason(), by);
            }
            cases.update(c);
            guard.logAccess(FunctionType.INDIVIDUAL_COORDINATOR, AccessAction.UPDATE, ref(c));
            return;
        }
        if (earlier.isPresent()) {
            CollaborationCase c = earlier.get();
            c.note(
                    "CONCERN_JOINED",
                    activated.reason(),
                    Map.of("concernId", activated.concernId().toString()),
                    by);
            cases.update(c);
            guard.logAccess(FunctionType.INDIVIDUAL_COORDINATOR, AccessAction.UPDATE, ref(c));
            return;
        }
        CollaborationCase opened = CollaborationCase.open(
                activated.municipalityId(),
                cases.nextReference(activated.municipalityId(), activated.at(), clock.getZone()),
                activated.personId(),
                activated.concernId(),
                activated.caseManagerStaffId(),
                activated.reason(),
                by);
        cases.insert(opened);
        guard.logAccess(FunctionType.INDIVIDUAL_COORDINATOR, AccessAction.CREATE, ref(opened));
    }

    @Transactional
    public CaseView view(UUID caseId) {
        var ref = access.readContent(caseId, "case");
        CollaborationCase c = cases.find(ref.municipalityId(), caseId).orElseThrow();
        MunicipalityId municipality = new MunicipalityId(ref.municipalityId());
        return new CaseView(
                c,
                people.fullName(municipality, c.personId()).orElse(""),
                staff.names(municipality, List.of(new StaffId(c.caseManagerStaffId())))
                        .getOrDefault(new StaffId(c.caseManagerStaffId()), ""),
                cases.history(ref.municipalityId(), caseId),
                ref.actingAs(),
                turns18On(c, people.dateOfBirth(municipality, c.personId()).orElse(null)),
                glances.of(ref, c));
    }

    /** The 18th birthday is flagged while the case is worked or maintained, within the horizon. */
    private LocalDate turns18On(CollaborationCase c, LocalDate dateOfBirth) {
        if (c.status() == CaseStatus.CLOSED) {
            return null;
        }
        return ComingOfAge.flag(dateOfBirth, LocalDate.now(clock), properties.turning18Horizon())
                .orElse(null);
    }

    /**
     * The cases the acting person works: a case manager their own, the coordinator every open case of
     * the unit; the group manager the unit's list for workload, without children's names.
     */
    @Transactional
    public List<CaseSummary> list() {
        Actor actor = guard.actor();
        FunctionType actingAs = guard.permit(
                AccessAction.SEARCH,
                RecordRef.of("case-list", null),
                FunctionType.INDIVIDUAL_COORDINATOR,
                FunctionType.CASE_MANAGER,
                FunctionType.GROUP_MANAGER);
        UUID municipality = actor.municipalityId().value();
        List<CollaborationCase> found = actingAs == FunctionType.CASE_MANAGER
                ? cases.heldBy(municipality, actor.staffId().value())
                : cases.open(municipality);
        var names = staff.names(
                actor.municipalityId(),
                found.stream().map(c -> new StaffId(c.caseManagerStaffId())).toList());
        boolean showChildren = actingAs != FunctionType.GROUP_MANAGER;
        List<UUID> children = found.stream().map(CollaborationCase::personId).toList();
        var childNames = showChildren ? people.fullNames(actor.municipalityId(), children) : Map.<UUID, String>of();
        var births = showChildren ? people.datesOfBirth(actor.municipalityId(), children) : Map.<UUID, LocalDate>of();
        return found.stream()
                .map(c -> new CaseSummary(
                        c.id(),
                        c.reference(),
                        childNames.get(c.personId()),
                        c.caseManagerStaffId(),
                        names.getOrDefault(new StaffId(c.caseManagerStaffId()), ""),
                        c.status(),
                        c.phase(),
                        c.intensive(),
                        c.openedAt(),
                        c.needsCaseManager(),
                        showChildren ? turns18On(c, births.get(c.personId())) : null))
                .toList();
    }

    @Transactional
    public CollaborationCase movePhase(UUID caseId, long version, Phase to, String reason) {
        return change(caseId, version, (c, by) -> c.movePhase(to, reason, by));
    }

    @Transactional
    public CollaborationCase setIntensity(UUID caseId, long version, boolean intensive, String reason) {
        return change(caseId, version, (c, by) -> c.setIntensity(intensive, reason, by));
    }

    @Transactional
    public CollaborationCase close(UUID caseId, long version, LocalDate maintainUntil, String reason) {
        return change(caseId, version, (c, by) -> c.close(readiness(c), maintainUntil, reason, by));
    }

    /**
     * Checks a closure exactly as {@link #close} would make it, and stores nothing: the step before the
     * case manager confirms. Answers with the case as it stands.
     */
    @Transactional
    public CollaborationCase checkClosure(UUID caseId, long version, LocalDate maintainUntil, String reason) {
        var ref = access.readForChange(caseId, "case");
        CollaborationCase c = cases.find(ref.municipalityId(), caseId).orElseThrow();
        if (c.version() != version) {
            throw new ConcurrentEditException("case", caseId, version);
        }
        c.close(readiness(c), maintainUntil, reason, by(ref));
        return cases.find(ref.municipalityId(), caseId).orElseThrow();
    }

    /** Whether the plan allows closing: asked of the plan module; without one, nothing is ready. */
    ClosureReadiness readiness(CollaborationCase c) {
        var conditions = closureConditions.getIfAvailable();
        return conditions == null
                ? new ClosureReadiness(false, false)
                : conditions.readinessOf(c.municipalityId(), c.id());
    }

    /**
     * Checks that the maintaining contact can end, as {@link #endMaintenance} would, without changing
     * anything: the first step of ending it, before the case manager confirms. Answers with the case.
     */
    @Transactional
    public CollaborationCase checkEndMaintenance(UUID caseId, long version, String reason) {
        var ref = access.readForChange(caseId, "case");
        CollaborationCase c = cases.find(ref.municipalityId(), caseId).orElseThrow();
        if (c.version() != version) {
            throw new ConcurrentEditException("case", caseId, version);
        }
        c.endMaintenance(reason, by(ref));
        return cases.find(ref.municipalityId(), caseId).orElseThrow();
    }

    @Transactional
    public CollaborationCase endMaintenance(UUID caseId, long version, String reason) {
        return change(caseId, version, (c, by) -> c.endMaintenance(reason, by));
    }

    @Transactional
    public CollaborationCase reassign(UUID caseId, long version, UUID caseManager, String reason) {
        return change(caseId, version, (c, by) -> {
            if (caseManager != null
                    && staff
                            .holdersOn(
                                    new MunicipalityId(c.municipalityId()),
                                    FunctionType.CASE_MANAGER,
                                    LocalDate.now(clock))
                            .stream()
                            .noneMatch(m -> m.id().value().equals(caseManager))) {
                throw InvalidInputException.of("caseManagerId", "case.case-manager-not-available");
            }
            c.reassign(caseManager, reason, by);
        });
    }

    /**
     * A line on the case's history for work another module keeps (a plan revision, a consent), written
     * in that module's transaction by the person it let in through {@link CaseAccess}. The case itself
     * does not change, so its version stays and nobody's open form of the case goes stale.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void recordOnHistory(CaseAccess.CaseRef ref, String type, String reason, Map<String, Object> details) {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("a history line has a type");
        }
        cases.appendEvent(
                ref.municipalityId(),
                ref.caseId(),
                new CaseEvent(
                        type,
                        clock.instant(),
                        guard.actor().staffId().value(),
                        ref.actingAs() == null ? null : ref.actingAs().name(),
                        reason,
                        details));
    }

    /**
     * A new worry about a child whose case is closed or kept as a maintaining contact: the coordinator
     * reopens the same case, with its history, without a new intake. The concern joins the case in the
     * same transaction. The case goes back to its previous case manager; when that person no longer
     * holds a case manager function, it waits for the coordinator to assign a new one.
     */
    @Transactional
    public CollaborationCase reengage(
            UUID caseId, Long caseVersion, UUID concernId, Long concernVersion, String worry) {
        guard.check(AccessAction.UPDATE, RecordRef.of("case", caseId), FunctionType.INDIVIDUAL_COORDINATOR);
        List<FieldViolation> violations = new ArrayList<>();
        if (concernId == null) {
            violations.add(FieldViolation.of("concernId", "case.concern-required"));
        }
        if (concernVersion == null) {
            violations.add(FieldViolation.of("concernVersion", "case.concern-version-required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        var ref = access.writeContent(caseId, "case");
        CollaborationCase c = cases.find(ref.municipalityId(), caseId).orElseThrow();
        if (caseVersion != null && c.version() != caseVersion) {
            throw new ConcurrentEditException("case", caseId, caseVersion);
        }
        UUID child = concerns.view(concernId).concern().personId();
        if (child == null) {
            throw InvalidInputException.of("concernId", "case.concern-not-identified");
        }
        if (!child.equals(c.personId())) {
            throw InvalidInputException.of("concernId", "case.concern-about-another-child");
        }
        boolean stillServes = caseManagerServes(c.caseManagerStaffId());
        c.reengage(concernId, worry, stillServes, by(ref));
        concerns.joinCase(concernId, concernVersion, caseId, stillServes ? c.caseManagerStaffId() : null, worry);
        cases.update(c);
        return cases.find(ref.municipalityId(), caseId).orElseThrow();
    }

    /** What the coordinator sees before reopening a case for a new concern. */
    record ReengagementSupport(
            CollaborationCase collaborationCase,
            String childName,
            String caseManagerName,
            boolean caseManagerServes,
            Concern concern) {}

    /**
     * The case and the concern side by side, for the coordinator about to reopen the case: a look at
     * both, logged. Refused to anyone but the coordinator.
     */
    @Transactional
    ReengagementSupport reengagementSupport(UUID caseId, UUID concernId) {
        guard.check(AccessAction.READ, RecordRef.of("case", caseId), FunctionType.INDIVIDUAL_COORDINATOR);
        var ref = access.readForChange(caseId, "case");
        CollaborationCase c = cases.find(ref.municipalityId(), caseId).orElseThrow();
        if (concernId == null) {
            throw guard.notFound(AccessAction.READ, RecordRef.of("concern", null));
        }
        Concern concern = concerns.view(concernId).concern();
        MunicipalityId municipality = new MunicipalityId(ref.municipalityId());
        StaffId manager = new StaffId(c.caseManagerStaffId());
        return new ReengagementSupport(
                c,
                people.fullName(municipality, c.personId()).orElse(""),
                staff.names(municipality, List.of(manager)).getOrDefault(manager, ""),
                caseManagerServes(c.caseManagerStaffId()),
                concern);
    }

    /** Whether a case manager still holds a case manager function today. */
    boolean caseManagerServes(UUID staffId) {
        return staff.functionsHeldOn(new StaffId(staffId), LocalDate.now(clock)).contains(FunctionType.CASE_MANAGER);
    }

    /** The staff who hold a case manager function today, to choose from when reassigning. */
    List<StaffDirectory.Member> caseManagersToday(UUID municipality) {
        return staff.holdersOn(new MunicipalityId(municipality), FunctionType.CASE_MANAGER, LocalDate.now(clock));
    }

    private CollaborationCase.By by(CaseAccess.CaseRef ref) {
        return new CollaborationCase.By(guard.actor().staffId().value(), ref.actingAs(), clock.instant());
    }

    /**
     * A disagreement about the case has been lifted to the group manager (by the escalation in the
     * authority module): from now on the group manager may read the case's content. Joins the caller's
     * transaction; the step itself is logged by the caller.
     */
    @Transactional
    public CollaborationCase escalateToGroupManager(UUID caseId, String reason) {
        var ref = access.writeContent(caseId, "case");
        CollaborationCase c = cases.find(ref.municipalityId(), caseId).orElseThrow();
        if (!c.escalatedToGroupManager()) {
            c.escalateToGroupManager(
                    reason, new CollaborationCase.By(guard.actor().staffId().value(), ref.actingAs(), clock.instant()));
            cases.update(c);
        }
        return cases.find(ref.municipalityId(), caseId).orElseThrow();
    }

    /**
     * The case behind an access another module has just been granted through {@link CaseAccess}: its
     * opening, phase and intensity, without a second entry in the access log.
     */
    public CollaborationCase caseFor(CaseAccess.CaseRef granted) {
        return cases.find(granted.municipalityId(), granted.caseId()).orElseThrow();
    }

    private CollaborationCase change(
            UUID caseId, long version, BiConsumer<CollaborationCase, CollaborationCase.By> step) {
        var ref = access.writeContent(caseId, "case");
        CollaborationCase c = cases.find(ref.municipalityId(), caseId).orElseThrow();
        if (c.version() != version) {
            throw new ConcurrentEditException("case", caseId, version);
        }
        step.accept(c, by(ref));
        cases.update(c);
        return cases.find(ref.municipalityId(), caseId).orElseThrow();
    }

    private static RecordRef ref(CollaborationCase c) {
        return RecordRef.ofPerson("case", c.id(), c.personId());
    }
}
