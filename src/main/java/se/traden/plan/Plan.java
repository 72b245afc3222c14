package se.traden.plan;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FunctionType;
import se.traden.shared.RuleViolationException;

/**
 * The action and change plan of one case.
 *
 * <p>Its life: the case manager <em>makes</em> it with the child and family — revision 1 — and
 * <em>revises</em> it as the work goes on (typically after a month of close contact, and at each
 * follow-up). Every revision is kept whole with its author, what changed and why, so any two can be
 * compared. A revision states the revision it starts from; when someone else revised the plan in
 * between, it is refused and nothing is overwritten. The case closes only when every goal of the current
 * revision is evaluated and the plan says how difficulties are handled before they become acute.
 */
public final class Plan {
    private final UUID id;
    private final UUID municipalityId;
    private final UUID caseId;
    private PlanRevision current;
    private PlanRevision added;

    Plan(UUID id, UUID municipalityId, UUID caseId, PlanRevision current) {
        this.id = id;
        this.municipalityId = municipalityId;
        this.caseId = caseId;
        this.current = current;
    }

    /** A case whose plan has not been made yet. */
    static Plan notYetMade(UUID municipalityId, UUID caseId) {
        return new Plan(UUID.randomUUID(), municipalityId, caseId, null);
    }

    /** Who revises, in which function, when. */
    public record By(UUID staffId, FunctionType function, Instant at) {}

    public PlanRevision revise(int basedOn, PlanContent content, String summary, String reason, By by) {
        if (basedOn != currentNumber()) {
            throw new ConcurrentEditException("plan", caseId, basedOn);
        }
        if (content.equals(currentContent())) {
            throw new RuleViolationException("plan.nothing-changed", null, null);
        }
        if (summary == null || summary.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a revision says what changed and why");
        }
        PlanRevision next = new PlanRevision(
                currentNumber() + 1, by.at(), by.staffId(), by.function(), summary.strip(), reason.strip(), content);
        current = next;
        added = next;
        return next;
    }

    public int currentNumber() {
        return current == null ? 0 : current.number();
    }

    public PlanContent currentContent() {
        return current == null ? PlanContent.EMPTY : current.content();
    }

    public Optional<PlanRevision> current() {
        return Optional.ofNullable(current);
    }

    Optional<PlanRevision> added() {
        return Optional.ofNullable(added);
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
}
