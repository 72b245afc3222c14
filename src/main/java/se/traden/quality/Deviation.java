package se.traden.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import se.traden.shared.FunctionType;
import se.traden.shared.RuleViolationException;

/**
 * A deviation (avvikelse): something in the unit's way of working that went wrong or nearly did, and the
 * improvement work it leads to (SOSFS 2011:9, 5 kap. 4–8 §§).
 *
 * <p>Its life: someone of the unit <em>raises</em> it — what happened and which step of the process it
 * affected — on their own or from the after action review of a case, which it then points at. The group
 * manager (or the coordinator) <em>analyses</em> it: the causes. They then <em>plan</em> one or more
 * improvement actions, each with an owner and a due date; each owner (or the group manager)
 * <em>completes</em> their action with a note. When every action is done, the group manager <em>follows
 * it up</em>: did the actions have the intended effect? The follow-up closes it. Each step is kept in its
 * history with who took it, in which function, when. The texts are about the process: one that contains a
 * personal identity number is refused.
 */
final class Deviation {
    private final UUID id;
    private final UUID municipalityId;
    private final String reference;
    private final Instant raisedAt;
    private final UUID raisedBy;
    private final FunctionType raisedFunction;
    private final DeviationSource source;
    private final UUID reviewId;
    private final UUID caseId;
    private final String whatHappened;
    private final ProcessStep affected;
    private DeviationStatus status;
    private Analysis analysis;
    private final List<ImprovementAction> actions;
    private FollowUp followUp;
    private final long version;
    private final List<Event> recorded = new ArrayList<>();

    /** The causes found, by whom and when. */
    record Analysis(String causes, UUID by, FunctionType function, Instant at) {}

    /** Whether the actions had the intended effect, in words, by whom and when. */
    record FollowUp(boolean effective, String text, UUID by, FunctionType function, Instant at) {}

    /** Where a deviation came from: an after action review of a case (both ids), or elsewhere (none). */
    record Origin(DeviationSource source, UUID reviewId, UUID caseId) {
        static final Origin OTHER = new Origin(DeviationSource.OTHER, null, null);

        static Origin review(UUID reviewId, UUID caseId) {
            return new Origin(DeviationSource.AFTER_ACTION_REVIEW, reviewId, caseId);
        }
    }

    /** One line of the history. */
    record Event(EventType type, Instant at, UUID staffId, FunctionType function, String detail) {}

    enum EventType {
        RAISED,
        ANALYSED,
        ACTION_PLANNED,
        ACTION_COMPLETED,
        FOLLOWED_UP;

        public String messageKey() {
            return "quality.event." + name();
        }
    }

    Deviation(
            UUID id,
            UUID municipalityId,
            String reference,
            Instant raisedAt,
            UUID raisedBy,
            FunctionType raisedFunction,
            Origin origin,
            String whatHappened,
            ProcessStep affected,
            DeviationStatus status,
            Analysis analysis,
            List<ImprovementAction> actions,
            FollowUp followUp,
            long version) {
        this.id = id;
        this.municipalityId = municipalityId;
        this.reference = reference;
        this.raisedAt = raisedAt;
        this.raisedBy = raisedBy;
        this.raisedFunction = raisedFunction;
        this.source = origin.source();
        this.reviewId = origin.reviewId();
        this.caseId = origin.caseId();
        this.whatHappened = whatHappened;
        this.affected = affected;
        this.status = status;
        this.analysis = analysis;
        this.actions = new ArrayList<>(actions);
        this.followUp = followUp;
        this.version = version;
    }

    /** Raises a deviation; its reference is taken only once the input holds, so no number is wasted. */
    static Deviation raise(
            UUID municipalityId,
            Supplier<String> reference,
            Origin origin,
            String whatHappened,
            ProcessStep affected,
            By by) {
        var v = new Violations(by.today());
        String text = v.text("whatHappened", whatHappened, Violations.LONG);
        ProcessStep step = v.required("affected", affected);
        v.throwIfAny();
        var d = new Deviation(
                UUID.randomUUID(),
                municipalityId,
                reference.get(),
                by.at(),
                by.staffId(),
                by.function(),
                origin,
                text,
                step,
                DeviationStatus.RAISED,
                null,
                List.of(),
                null,
                0);
        d.record(EventType.RAISED, by, null);
        return d;
    }

    /** The causes of what happened. Once, before any action is planned. */
    void analyse(String causes, By by) {
        requireOpen();
        if (status != DeviationStatus.RAISED) {
            throw new RuleViolationException("quality.deviation.analysed-already", "causes", null);
        }
        var v = new Violations(by.today());
        String text = v.text("causes", causes, Violations.LONG);
        v.throwIfAny();
        analysis = new Analysis(text, by.staffId(), by.function(), by.at());
        status = DeviationStatus.ANALYSED;
        record(EventType.ANALYSED, by, null);
    }

    /** An improvement action with its owner and due date; only once the causes are known. */
    ImprovementAction planAction(String what, ImprovementAction.Owner owner, LocalDate dueOn, By by) {
        requireOpen();
        if (status == DeviationStatus.RAISED) {
            throw new RuleViolationException("quality.deviation.analyse-first", null, null);
        }
        ImprovementAction action = ImprovementAction.plan(actions.size() + 1, what, owner, dueOn, by);
        actions.add(action);
        status = DeviationStatus.ACTIONS_PLANNED;
        record(EventType.ACTION_PLANNED, by, action.what());
        return action;
    }

    /** One of its actions is done: by the action's owner or the group manager. */
    void completeAction(UUID actionId, String note, By by) {
        requireOpen();
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).id().equals(actionId)) {
                ImprovementAction done = actions.get(i).complete(note, by);
                actions.set(i, done);
                record(EventType.ACTION_COMPLETED, by, done.what());
                return;
            }
        }
        throw new RuleViolationException("quality.action.unknown", null, null);
    }

    /** Whether the actions had effect; closes the deviation. Only when it has actions and all are done. */
    void followUp(Boolean effective, String text, By by) {
        requireOpen();
        if (actions.isEmpty()) {
            throw new RuleViolationException("quality.deviation.no-actions", null, null);
        }
        long open = openActions();
        if (open > 0) {
            throw new RuleViolationException("quality.deviation.actions-open", null, null, open);
        }
        var v = new Violations(by.today());
        Boolean hadEffect = v.required("effective", effective);
        String words = v.text("text", text, Violations.LONG);
        v.throwIfAny();
        followUp = new FollowUp(hadEffect, words, by.staffId(), by.function(), by.at());
        status = DeviationStatus.FOLLOWED_UP;
        record(EventType.FOLLOWED_UP, by, null);
    }

    private void requireOpen() {
        if (status.closed()) {
            throw new RuleViolationException("quality.deviation.closed", null, null);
        }
    }

    private void record(EventType type, By by, String detail) {
        recorded.add(new Event(type, by.at(), by.staffId(), by.function(), detail));
    }

    /** What may be done next, for the page to offer. */
    public boolean awaitsAnalysis() {
        return status == DeviationStatus.RAISED;
    }

    public boolean takesActions() {
        return status == DeviationStatus.ANALYSED || status == DeviationStatus.ACTIONS_PLANNED;
    }

    public boolean readyForFollowUp() {
        return status == DeviationStatus.ACTIONS_PLANNED && openActions() == 0;
    }

    public long openActions() {
        return actions.stream().filter(a -> !a.done()).count();
    }

    public long doneActions() {
        return actions.size() - openActions();
    }

    public boolean fromReview() {
        return source == DeviationSource.AFTER_ACTION_REVIEW;
    }

    public Optional<ImprovementAction> action(UUID actionId) {
        return actions.stream().filter(a -> a.id().equals(actionId)).findFirst();
    }

    /** The history lines of the changes made since the deviation was loaded, for the store. */
    List<Event> recorded() {
        return List.copyOf(recorded);
    }

    public UUID id() {
        return id;
    }

    public UUID municipalityId() {
        return municipalityId;
    }

    public String reference() {
        return reference;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public UUID raisedBy() {
        return raisedBy;
    }

    public FunctionType raisedFunction() {
        return raisedFunction;
    }

    public DeviationSource source() {
        return source;
    }

    public UUID reviewId() {
        return reviewId;
    }

    public UUID caseId() {
        return caseId;
    }

    public String whatHappened() {
        return whatHappened;
    }

    public ProcessStep affected() {
        return affected;
    }

    public DeviationStatus status() {
        return status;
    }

    public Analysis analysis() {
        return analysis;
    }

    public List<ImprovementAction> actions() {
        return List.copyOf(actions);
    }

    public FollowUp followUp() {
        return followUp;
    }

    public long version() {
        return version;
    }
}
