package se.traden.authority;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.traden.shared.FunctionType;
import se.traden.shared.NotPermittedException;
import se.traden.shared.RuleViolationException;

/**
 * A disagreement about a case, lifted step by step until it is settled.
 *
 * <p>Its life: the case manager (or the coordinator) <em>opens</em> it with the counterpart and the
 * question, as the first step, between the case manager and the counterpart. Each step gets an
 * <em>outcome</em>, written by the function it was lifted to: settled, which ends the escalation, or
 * not. An unsettled step may be <em>lifted</em> to the next one — the coordinator, the group manager,
 * higher management — with the question as it now stands. An unsettled answer from higher management
 * concludes it: there is no step above. Every step keeps who raised it, when, the question and the
 * outcome. {@link EscalationPolicy} says who may lift and answer where.
 */
public final class Escalation {
    private final UUID id;
    private final UUID municipalityId;
    private final UUID caseId;
    private final String counterpart;
    private final String subject;
    private EscalationStatus status;
    private final Instant openedAt;
    private final List<Step> steps;
    private final long version;

    /** One step: who lifted the question to which level, and the outcome there. */
    public record Step(
            int position,
            EscalationLevel level,
            String question,
            UUID raisedBy,
            FunctionType raisedFunction,
            Instant raisedAt,
            String outcome,
            Boolean settled,
            UUID outcomeBy,
            FunctionType outcomeFunction,
            Instant outcomeAt) {

        public boolean answered() {
            return outcome != null;
        }

        Step answer(String text, boolean isSettled, By by) {
            return new Step(
                    position,
                    level,
                    question,
                    raisedBy,
                    raisedFunction,
                    raisedAt,
                    text,
                    isSettled,
                    by.staffId(),
                    by.function(),
                    by.at());
        }
    }

    /** Whether the disagreement is still being lifted, settled at some step, or concluded at the top. */
    public enum EscalationStatus {
        OPEN,
        SETTLED,
        CONCLUDED;

        public String messageKey() {
            return "escalation.status." + name();
        }
    }

    Escalation(
            UUID id,
            UUID municipalityId,
            UUID caseId,
            String counterpart,
            String subject,
            EscalationStatus status,
            Instant openedAt,
            List<Step> steps,
            long version) {
        this.id = id;
        this.municipalityId = municipalityId;
        this.caseId = caseId;
        this.counterpart = counterpart;
        this.subject = subject;
        this.status = status;
        this.openedAt = openedAt;
        this.steps = new ArrayList<>(steps);
        this.version = version;
    }

    static Escalation open(UUID municipalityId, UUID caseId, String counterpart, String question, By by) {
        require(EscalationPolicy.mayRaiseTo(EscalationLevel.COUNTERPART, by.function()));
        var v = new Violations();
        String with = v.text("counterpart", counterpart, Violations.SHORT);
        String q = v.text("question", question, Violations.NOTE);
        v.throwIfAny();
        var first = new Step(
                1, EscalationLevel.COUNTERPART, q, by.staffId(), by.function(), by.at(), null, null, null, null, null);
        return new Escalation(
                UUID.randomUUID(), municipalityId, caseId, with, q, EscalationStatus.OPEN, by.at(), List.of(first), 0);
    }

    /** The outcome of the current step. Settled ends the escalation; so does any answer at the top. */
    void answer(String outcome, Boolean settled, By by) {
        requireOpen();
        Step current = current();
        if (current.answered()) {
            throw new RuleViolationException("escalation.step-answered", "outcome", null);
        }
        require(EscalationPolicy.mayAnswerAt(current.level(), by.function()));
        var v = new Violations();
        String text = v.text("outcome", outcome, Violations.NOTE);
        Boolean isSettled = v.required("settled", settled);
        v.throwIfAny();
        steps.set(steps.size() - 1, current.answer(text, isSettled, by));
        if (isSettled) {
            status = EscalationStatus.SETTLED;
        } else if (current.level().next() == null) {
            status = EscalationStatus.CONCLUDED;
        }
    }

    /** Lifts an unsettled question to the next step; returns that step's level. */
    EscalationLevel lift(String question, By by) {
        requireOpen();
        Step current = current();
        if (!current.answered()) {
            throw new RuleViolationException("escalation.step-unanswered", "question", null);
        }
        EscalationLevel next = current.level().next();
        require(EscalationPolicy.mayRaiseTo(next, by.function()));
        var v = new Violations();
        String q = v.text("question", question, Violations.NOTE);
        v.throwIfAny();
        steps.add(new Step(
                steps.size() + 1, next, q, by.staffId(), by.function(), by.at(), null, null, null, null, null));
        return next;
    }

    private void requireOpen() {
        if (status != EscalationStatus.OPEN) {
            throw new RuleViolationException("escalation.not-open", null, null);
        }
    }

    private static void require(EscalationPolicy.Answer answer) {
        if (!answer.allowed()) {
            throw new NotPermittedException(answer.reason());
        }
    }

    public Step current() {
        return steps.getLast();
    }

    /** What may be done next, for the page to offer: answer the current step, or lift it. */
    public boolean awaitsOutcome() {
        return status == EscalationStatus.OPEN && !current().answered();
    }

    public boolean mayBeLifted() {
        return status == EscalationStatus.OPEN && current().answered();
    }

    public EscalationLevel nextLevel() {
        return current().level().next();
    }

    public UUID id() {
        return id;
    }

    public UUID municipalityId() {
        return municipalityId;
    }

    public UUID caseId() {
        return caseId;
    }

    public String counterpart() {
        return counterpart;
    }

    public String subject() {
        return subject;
    }

    public EscalationStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    public long version() {
        return version;
    }
}
