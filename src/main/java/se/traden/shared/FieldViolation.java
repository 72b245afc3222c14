package se.traden.shared;

import java.util.List;

/** One broken rule on one input field: the field's name, the rule's code and the values it quotes. */
public record FieldViolation(String field, String code, List<Object> arguments) {

    public FieldViolation {
        arguments = List.copyOf(arguments);
    }

    public static FieldViolation of(String field, String code, Object... arguments) {
        return new FieldViolation(field, code, List.of(arguments));
    }

    public String messageKey() {
        return "error." + code;
    }
}
