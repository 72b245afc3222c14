package se.traden.authority;

import java.util.ArrayList;
import java.util.List;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;

/** Collects every broken rule of one input, so that a form shows them all at once; nothing is written. */
final class Violations {
    static final int SHORT = 200;
    static final int NOTE = 2000;
    static final int LONG = 4000;

    private final List<FieldViolation> violations = new ArrayList<>();

    /** A required text, stripped; reported as missing when blank and as too long past the limit. */
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
        }
        return stripped;
    }

    <T> T required(String field, T value) {
        if (value == null) {
            violations.add(FieldViolation.of(field, "required"));
        }
        return value;
    }

    void add(String field, String code, Object... arguments) {
        violations.add(FieldViolation.of(field, code, arguments));
    }

    boolean has(String field) {
        return violations.stream().anyMatch(v -> field.equals(v.field()));
    }

    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
