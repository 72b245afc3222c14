package se.traden.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.traden.intake.ProblemArea;
import se.traden.shared.FieldViolation;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;

/**
 * A question a professional brought to the coordinator about a situation, and the advice given, with
 * nobody identified: who asked is a kind of organisation and a function, the situation is described
 * so that no one can be recognised, and whether it may become a concern is noted for follow-up.
 *
 * <p>Its life is short: it is <em>recorded</em> once, checked whole (required facts, lengths, and no
 * personal identity number in any text), and stays as a record of advice given. If the situation later
 * becomes a concern, that concern is raised through the route like any other.
 */
public final class Consultation {
    static final int MAX_TEXT = 4000;
    static final int MAX_FUNCTION = 200;

    private final UUID id;
    private final UUID municipalityId;
    private final LocalDate heldOn;
    private final AskerKind askerKind;
    private final String askerFunction;
    private final Set<ProblemArea> problemAreas;
    private final String situation;
    private final String advice;
    private final boolean mayLeadToConcern;
    private final Recorded recorded;
    private final long version;

    /** Who recorded it, in which function, and when. */
    public record Recorded(UUID staffId, FunctionType function, Instant at) {}

    Consultation(
            UUID id,
            UUID municipalityId,
            LocalDate heldOn,
            AskerKind askerKind,
            String askerFunction,
            Set<ProblemArea> problemAreas,
            String situation,
            String advice,
            boolean mayLeadToConcern,
            Recorded recorded,
            long version) {
        this.id = id;
        this.municipalityId = municipalityId;
        this.heldOn = heldOn;
        this.askerKind = askerKind;
        this.askerFunction = askerFunction;
        this.problemAreas = EnumSet.copyOf(problemAreas);
        this.situation = situation;
        this.advice = advice;
        this.mayLeadToConcern = mayLeadToConcern;
        this.recorded = recorded;
        this.version = version;
    }

    /** Records a consultation. Checks the whole input first and names every broken rule. */
    static Consultation record(
            UUID municipalityId,
            LocalDate heldOn,
            AskerKind askerKind,
            String askerFunction,
            Set<ProblemArea> problemAreas,
            String situation,
            String advice,
            Boolean mayLeadToConcern,
            LocalDate today,
            Recorded by) {
        List<FieldViolation> violations = new ArrayList<>();
        if (heldOn == null) {
            violations.add(FieldViolation.of("heldOn", "required"));
        } else if (heldOn.isAfter(today)) {
            violations.add(FieldViolation.of("heldOn", "consultation.held-on-in-future"));
        }
        if (askerKind == null) {
            violations.add(FieldViolation.of("askerKind", "required"));
        }
        text(violations, "askerFunction", askerFunction, MAX_FUNCTION);
        if (problemAreas == null || problemAreas.isEmpty()) {
            violations.add(FieldViolation.of("problemAreas", "consultation.problem-area-required"));
        }
        text(violations, "situation", situation, MAX_TEXT);
        text(violations, "advice", advice, MAX_TEXT);
        if (mayLeadToConcern == null) {
            violations.add(FieldViolation.of("mayLeadToConcern", "required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Consultation(
                UUID.randomUUID(),
                municipalityId,
                heldOn,
                askerKind,
                askerFunction.strip(),
                problemAreas,
                situation.strip(),
                advice.strip(),
                mayLeadToConcern,
                by,
                0);
    }

    private static void text(List<FieldViolation> violations, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            violations.add(FieldViolation.of(field, "required"));
        } else if (value.length() > max) {
            violations.add(FieldViolation.of(field, "too-long", max));
        } else if (DeIdentifiedTextPolicy.containsIdentityNumber(value)) {
            violations.add(FieldViolation.of(field, "consultation.identity-number"));
        }
    }

    public UUID id() {
        return id;
    }

    public UUID municipalityId() {
        return municipalityId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public AskerKind askerKind() {
        return askerKind;
    }

    public String askerFunction() {
        return askerFunction;
    }

    /** In the order the areas are listed everywhere. */
    public Set<ProblemArea> problemAreas() {
        return Collections.unmodifiableSet(problemAreas);
    }

    public String situation() {
        return situation;
    }

    public String advice() {
        return advice;
    }

    public boolean mayLeadToConcern() {
        return mayLeadToConcern;
    }

    public Recorded recorded() {
        return recorded;
    }

    public long version() {
        return version;
    }
}
