package se.traden.organisation;

import java.util.ArrayList;
import java.util.List;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;

/** Collects every broken rule of one input, so that the person sees all of them at once. */
final class Violations {
    static final int NAME_LENGTH = 200;
    static final int TEXT_LENGTH = 4000;

    private final List<FieldViolation> found = new ArrayList<>();

    /** Trims text and turns blank text into no text. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    Violations add(String field, String code, Object... arguments) {
        found.add(FieldViolation.of(field, code, arguments));
        return this;
    }

    boolean has(String field) {
        return found.stream().anyMatch(v -> field.equals(v.field()));
    }

    Violations required(String field, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            add(field, "required");
        }
        return this;
    }

    Violations maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "too-long", max);
        }
        return this;
    }

    Violations between(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            add(field, "organisation.out-of-range", min, max);
        }
        return this;
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
