package se.traden.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;

/**
 * Collects every broken rule of one input, so that a form shows them all at once; nothing is written.
 * Every text is about the process: one that contains a personal identity number is refused.
 */
final class Violations {
    static final int SHORT = 200;
    static final int NOTE = 2000;
    static final int LONG = 4000;

    private final List<FieldViolation> violations = new ArrayList<>();
    private final LocalDate today;

    Violations(LocalDate today) {
        this.today = today;
    }

    /** A required text, stripped; reported as missing when blank, too long past the limit. */
    String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            violations.add(FieldViolation.of(field, "required"));
            return null;
        }
        return optional(field, value, max);
    }

    /** A text that may be left out: blank becomes null. */
    String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            violations.add(FieldViolation.of(field, "too-long", max));
        } else if (se.traden.people.PersonalNumbersInText.foundIn(stripped, today)) {
            violations.add(FieldViolation.of(field, "quality.identity-number"));
        }
        return stripped;
    }

    <T> T required(String field, T value) {
        if (value == null) {
            violations.add(FieldViolation.of(field, "required"));
        }
        return value;
    }

    /** A level of a four-step scale (likelihood, consequence): 1 to 4. */
    Integer level(String field, Integer value) {
        if (required(field, value) != null && (value < 1 || value > 4)) {
            violations.add(FieldViolation.of(field, "quality.level-out-of-range", 1, 4));
        }
        return value;
    }

    void add(String field, String code, Object... arguments) {
        violations.add(FieldViolation.of(field, code, arguments));
    }

    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
