package se.traden.shared;

import java.util.List;

/** Input that breaks one or more rules. Nothing has been written when this is thrown. */
public class InvalidInputException extends RuntimeException {
    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(violations.toString());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String code, Object... arguments) {
        return new InvalidInputException(List.of(FieldViolation.of(field, code, arguments)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
