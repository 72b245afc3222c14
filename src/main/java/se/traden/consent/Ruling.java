package se.traden.consent;

import java.util.List;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;

/**
 * A policy's answer: allowed, or refused with each reason on the input it concerns (a message key the
 * UI shows and the API returns).
 */
public record Ruling(List<FieldViolation> reasons) {
    public Ruling {
        reasons = List.copyOf(reasons);
    }

    public boolean allowed() {
        return reasons.isEmpty();
    }

    static void throwIfRefused(List<FieldViolation> reasons) {
        if (!reasons.isEmpty()) {
            throw new InvalidInputException(reasons);
        }
    }
}
