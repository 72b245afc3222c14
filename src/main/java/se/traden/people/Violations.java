package se.traden.people;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;

/** Collects every broken rule of one input, so that the person sees all of them at once. */
final class Violations {
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

    /** Builds a value, keeping its refusals instead of stopping at the first; null when refused. */
    <T> T collect(Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidInputException e) {
            found.addAll(e.violations());
            return null;
        }
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
