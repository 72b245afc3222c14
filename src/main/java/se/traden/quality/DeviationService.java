package se.traden.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.casework.CaseAccess;
import se.traden.collaboration.ReviewDirectory;
import se.traden.organisation.StaffDirectory;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.Actor;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FunctionType;
import se.traden.shared.NotPermittedException;
import se.traden.shared.RecordRef;
import se.traden.shared.StaffId;

/**
 * The deviation register of the unit. Its texts are about the process and identify nobody, so reading the
 * register is not written to the access log (refusals are); every change is, so that the log shows who
 * raised, analysed, planned, completed and followed up. Pointing a deviation at an after action review
 * asks {@link CaseAccess}, which logs that look at the case; the link is shown only to those who may read
 * the case.
 */
@Service
class DeviationService {
    static final String RECORD = "deviation";
    static final String REVIEW_RECORD = "after-action-review";

    private final Deviations deviations;
    private final ReviewDirectory reviews;
    private final CaseAccess cases;
    private final StaffDirectory staff;
    private final AccessGuard guard;
    private final Clock clock;

    DeviationService(
            Deviations deviations,
            ReviewDirectory reviews,
            CaseAccess cases,
            StaffDirectory staff,
            AccessGuard guard,
            Clock clock) {
        this.deviations = deviations;
        this.reviews = reviews;
        this.cases = cases;
        this.staff = staff;
        this.guard = guard;
        this.clock = clock;
    }

    /** The register as filtered, with the years there is something to filter by. */
    record Register(List<Deviation> deviations, List<Integer> years, DeviationStatus status, Integer year) {}

    /** Someone of the unit who may own an improvement action, with the function they hold. */
    record OwnerChoice(StaffId id, String name, FunctionType function) {}

    /** One deviation as its page shows it, with what the reader may do. */
    record DeviationPage(
            Deviation deviation,
            List<Deviation.Event> history,
            Map<StaffId, String> names,
            FunctionType actingAs,
            UUID readerId,
            /* The review it came from, only for a reader who may see its case; otherwise null. */
            ReviewDirectory.ReviewPlace review,
            List<OwnerChoice> owners,
            LocalDate today) {

        public String name(UUID staffId) {
            return staffId == null ? "" : names.getOrDefault(new StaffId(staffId), "");
        }

        public boolean mayAnalyse() {
            return QualityPolicy.handles(actingAs) && deviation.awaitsAnalysis();
        }

        public boolean mayPlanAction() {
            return QualityPolicy.handles(actingAs) && deviation.takesActions();
        }

        public boolean mayFollowUp() {
            return QualityPolicy.handles(actingAs) && deviation.readyForFollowUp();
        }

        public boolean mayComplete(ImprovementAction action) {
            return !deviation.status().closed()
                    && !action.done()
                    && QualityPolicy.mayComplete(action, readerId, actingAs).allowed();
        }
    }

    /** The review a new deviation is raised from, as the form shows it. */
    record SourceReview(UUID reviewId, UUID caseId, LocalDate heldOn) {}

    @Transactional(readOnly = true)
    Register register(DeviationStatus status, Integer year) {
        Actor actor = guard.actor();
        guard.check(AccessAction.SEARCH, RecordRef.of("deviation-register", null), QualityPolicy.RAISE_AND_READ);
        UUID municipality = actor.municipalityId().value();
        List<Integer> years = new ArrayList<>(deviations.years(municipality, clock.getZone()));
        int thisYear = LocalDate.now(clock).getYear();
        if (!years.contains(thisYear)) {
            years.addFirst(thisYear);
        }
        return new Register(
                deviations.register(municipality, status, year, clock.getZone()), List.copyOf(years), status, year);
    }

    @Transactional(readOnly = true)
    DeviationPage page(UUID id) {
        Actor actor = guard.actor();
        FunctionType actingAs = guard.check(AccessAction.READ, RecordRef.of(RECORD, id), QualityPolicy.RAISE_AND_READ);
        Deviation d = deviations
                .find(actor.municipalityId().value(), id)
                .orElseThrow(() -> guard.notFound(AccessAction.READ, RecordRef.of(RECORD, id)));
        var history = deviations.history(d.municipalityId(), id);
        var ids = new ArrayList<StaffId>();
        ids.add(new StaffId(d.raisedBy()));
        history.forEach(e -> ids.add(new StaffId(e.staffId())));
        d.actions().forEach(a -> ids.add(new StaffId(a.ownerStaffId())));
        ReviewDirectory.ReviewPlace review = d.fromReview() && cases.maySee(d.caseId())
                ? reviews.find(d.municipalityId(), d.reviewId()).orElse(null)
                : null;
        return new DeviationPage(
                d,
                history,
                staff.names(actor.municipalityId(), ids),
                actingAs,
                actor.staffId().value(),
                review,
                QualityPolicy.handles(actingAs) && d.takesActions() ? owners() : List.of(),
                LocalDate.now(clock));
    }

    /**
     * The review a deviation is about to be raised from: it must be the municipality's, and the raiser
     * must be able to read its case (the look is logged there).
     */
    @Transactional
    SourceReview sourceFor(UUID reviewId) {
        guard.check(AccessAction.CREATE, RecordRef.of(RECORD, null), QualityPolicy.RAISE_AND_READ);
        return review(reviewId);
    }

    /** Refuses, and logs the refusal, when the acting person may not raise deviations. */
    void checkMayRaise() {
        guard.check(AccessAction.CREATE, RecordRef.of(RECORD, null), QualityPolicy.RAISE_AND_READ);
    }

    @Transactional
    Deviation raise(UUID reviewId, String whatHappened, ProcessStep affected) {
        Actor actor = guard.actor();
        FunctionType actingAs =
                guard.check(AccessAction.CREATE, RecordRef.of(RECORD, null), QualityPolicy.RAISE_AND_READ);
        Deviation.Origin origin = Deviation.Origin.OTHER;
        if (reviewId != null) {
            SourceReview source = review(reviewId);
            origin = Deviation.Origin.review(source.reviewId(), source.caseId());
        }
        By by = by(actingAs);
        UUID municipality = actor.municipalityId().value();
        Deviation d = Deviation.raise(
                municipality,
                () -> deviations.nextReference(municipality, by.at(), clock.getZone()),
                origin,
                whatHappened,
                affected,
                by);
        deviations.insert(d);
        guard.logAccess(actingAs, AccessAction.CREATE, RecordRef.of(RECORD, d.id()));
        return d;
    }

    @Transactional
    Deviation analyse(UUID id, long version, String causes) {
        return change(id, version, QualityPolicy.HANDLE, (d, by) -> d.analyse(causes, by));
    }

    @Transactional
    Deviation planAction(UUID id, long version, String what, UUID ownerId, LocalDate dueOn) {
        ImprovementAction.Owner owner = ownerId == null ? null : owner(ownerId);
        return change(id, version, QualityPolicy.HANDLE, (d, by) -> d.planAction(what, owner, dueOn, by));
    }

    @Transactional
    Deviation completeAction(UUID id, UUID actionId, long version, String note) {
        return change(id, version, QualityPolicy.RAISE_AND_READ, (d, by) -> d.completeAction(actionId, note, by));
    }

    @Transactional
    Deviation followUp(UUID id, long version, Boolean effective, String text) {
        return change(id, version, QualityPolicy.HANDLE, (d, by) -> d.followUp(effective, text, by));
    }

    /** The unit's staff who may own an action, each once, named with their unit function. */
    List<OwnerChoice> owners() {
        Actor actor = guard.actor();
        LocalDate today = LocalDate.now(clock);
        Map<StaffId, OwnerChoice> choices = new LinkedHashMap<>();
        for (FunctionType function : QualityPolicy.UNIT) {
            for (var m : staff.holdersOn(actor.municipalityId(), function, today)) {
                choices.putIfAbsent(m.id(), new OwnerChoice(m.id(), m.name(), function));
            }
        }
        return List.copyOf(choices.values());
    }

    private interface Step {
        void apply(Deviation d, By by);
    }

    private Deviation change(UUID id, long version, FunctionType[] allowed, Step step) {
        Actor actor = guard.actor();
        RecordRef ref = RecordRef.of(RECORD, id);
        FunctionType actingAs = guard.check(AccessAction.UPDATE, ref, allowed);
        Deviation d = deviations
                .find(actor.municipalityId().value(), id)
                .orElseThrow(() -> guard.notFound(AccessAction.UPDATE, ref));
        if (d.version() != version) {
            throw new ConcurrentEditException(RECORD, id, version);
        }
        try {
            step.apply(d, by(actingAs));
        } catch (NotPermittedException e) {
            throw e.about(ref);
        }
        deviations.update(d);
        guard.logAccess(actingAs, AccessAction.UPDATE, ref);
        return deviations.find(d.municipalityId(), id).orElseThrow();
    }

    private SourceReview review(UUID reviewId) {
        Actor actor = guard.actor();
        var place = reviews.find(actor.municipalityId().value(), reviewId)
                .orElseThrow(() -> guard.notFound(AccessAction.READ, RecordRef.of(REVIEW_RECORD, reviewId)));
        cases.readContent(place.caseId(), REVIEW_RECORD);
        return new SourceReview(place.reviewId(), place.caseId(), place.heldOn());
    }

    /** The owner with the unit function they hold today; a staff member outside the unit has none. */
    private ImprovementAction.Owner owner(UUID staffId) {
        Actor actor = guard.actor();
        StaffId id = new StaffId(staffId);
        if (!staff.names(actor.municipalityId(), List.of(id)).containsKey(id)) {
            return new ImprovementAction.Owner(staffId, null);
        }
        var held = staff.functionsHeldOn(id, LocalDate.now(clock));
        FunctionType function =
                QualityPolicy.UNIT.stream().filter(held::contains).findFirst().orElse(null);
        return new ImprovementAction.Owner(staffId, function);
    }

    private By by(FunctionType actingAs) {
        return new By(guard.actor().staffId().value(), actingAs, clock.instant(), LocalDate.now(clock));
    }
}
