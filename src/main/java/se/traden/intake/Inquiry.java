package se.traden.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.traden.disclosure.Party;
import se.traden.shared.FieldViolation;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;

/**
 * A question put to an actor during a concern's early information gathering, and the answer that
 * came back.
 *
 * <p>Its life: the coordinator <em>asks</em> an actor (an organisation and its function, never only a
 * person) the minimal question that is needed, at a given time; the question is itself a disclosure
 * and is written to the ledger with its legal basis. Later the actor's answer is <em>recorded</em>
 * once: what came in, when; the answer is a disclosure to us and goes to the ledger with the basis
 * the actor relied on. The ledger keeps bases, balancings and information categories; the inquiry
 * keeps what was asked and what was said.
 */
public final class Inquiry {
    static final int MAX_QUESTION = 1000;
    static final int MAX_ANSWER = 8000;
    static final int MAX_NAME = 200;
    /** People record a phone call after it happened, with clocks that differ a little. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private final UUID id;
    private final UUID municipalityId;
    private final UUID concernId;
    private final Party actor;
    private final String question;
    private final Instant askedAt;
    private final UUID askedBy;
    private final FunctionType askedIn;
    private final UUID questionDisclosureId;
    private Answer answer;
    private final long version;

    /** What came back, when, and who recorded it. */
    public record Answer(
            Instant receivedAt, String text, UUID disclosureId, UUID recordedBy, FunctionType recordedIn) {}

    Inquiry(
            UUID id,
            UUID municipalityId,
            UUID concernId,
            Party actor,
            String question,
            Instant askedAt,
            UUID askedBy,
            FunctionType askedIn,
            UUID questionDisclosureId,
            Answer answer,
            long version) {
        this.id = id;
        this.municipalityId = municipalityId;
        this.concernId = concernId;
        this.actor = actor;
        this.question = question;
        this.askedAt = askedAt;
        this.askedBy = askedBy;
        this.askedIn = askedIn;
        this.questionDisclosureId = questionDisclosureId;
        this.answer = answer;
        this.version = version;
    }

    /** What is wrong with a question before it is put: every broken rule, by field. */
    static List<FieldViolation> questionViolations(Party actor, String question, Instant askedAt, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        if (actor == null || blank(actor.organisation())) {
            violations.add(FieldViolation.of("actorOrganisation", "required"));
        } else if (actor.organisation().length() > MAX_NAME) {
            violations.add(FieldViolation.of("actorOrganisation", "too-long", MAX_NAME));
        }
        if (actor == null || actor.kind() == null) {
            violations.add(FieldViolation.of("actorKind", "required"));
        }
        if (actor != null && actor.function() != null && actor.function().length() > MAX_NAME) {
            violations.add(FieldViolation.of("actorFunction", "too-long", MAX_NAME));
        }
        if (blank(question)) {
            violations.add(FieldViolation.of("question", "required"));
        } else if (question.strip().length() > MAX_QUESTION) {
            violations.add(FieldViolation.of("question", "inquiry.question-too-long", MAX_QUESTION));
        }
        if (askedAt != null && askedAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
            violations.add(FieldViolation.of("askedAt", "inquiry.in-future"));
        }
        return violations;
    }

    /** The question is put; its disclosure is already in the ledger. */
    static Inquiry ask(
            UUID id,
            Concern concern,
            Party actor,
            String question,
            Instant askedAt,
            Acting by,
            UUID questionDisclosureId) {
        List<FieldViolation> violations = questionViolations(actor, question, askedAt, by.at());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Inquiry(
                id,
                concern.municipalityId(),
                concern.id(),
                actor,
                question.strip(),
                askedAt,
                by.staffId(),
                by.function(),
                questionDisclosureId,
                null,
                0);
    }

    /** What is wrong with an answer before it is recorded: every broken rule, by field. */
    List<FieldViolation> answerViolations(String text, Instant receivedAt, Instant now) {
        if (answer != null) {
            throw new RuleViolationException("inquiry.already-answered", null, null);
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (blank(text)) {
            violations.add(FieldViolation.of("text", "required"));
        } else if (text.strip().length() > MAX_ANSWER) {
            violations.add(FieldViolation.of("text", "too-long", MAX_ANSWER));
        }
        if (receivedAt != null && receivedAt.isBefore(askedAt)) {
            violations.add(FieldViolation.of("receivedAt", "inquiry.answer-before-question"));
        } else if (receivedAt != null && receivedAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
            violations.add(FieldViolation.of("receivedAt", "inquiry.in-future"));
        }
        return violations;
    }

    /** The answer came in; its disclosure is already in the ledger. Recorded once. */
    void recordAnswer(String text, Instant receivedAt, UUID disclosureId, Acting by) {
        List<FieldViolation> violations = answerViolations(text, receivedAt, by.at());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.answer = new Answer(receivedAt, text.strip(), disclosureId, by.staffId(), by.function());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public UUID id() {
        return id;
    }

    public UUID municipalityId() {
        return municipalityId;
    }

    public UUID concernId() {
        return concernId;
    }

    public Party actor() {
        return actor;
    }

    public String question() {
        return question;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public UUID askedBy() {
        return askedBy;
    }

    public FunctionType askedIn() {
        return askedIn;
    }

    public UUID questionDisclosureId() {
        return questionDisclosureId;
    }

    public Answer answer() {
        return answer;
    }

    public boolean answered() {
        return answer != null;
    }

    public long version() {
        return version;
    }
}
