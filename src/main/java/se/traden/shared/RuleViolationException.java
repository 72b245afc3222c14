package se.traden.shared;

import java.util.List;

/**
 * A command refused by a business rule (not by the shape of the input): for example a duplicate
 * personal identity number. Carries a stable code, message arguments and optionally a link to the
 * record the rule points at.
 */
public class RuleViolationException extends RuntimeException {
    private final String code;
    private final List<Object> arguments;
    private final String field;
    private final String relatedLink;

    public RuleViolationException(String code, String field, String relatedLink, Object... arguments) {
        super(code);
        this.code = code;
        this.field = field;
        this.relatedLink = relatedLink;
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public String relatedLink() {
        return relatedLink;
    }

    public List<Object> arguments() {
        return arguments;
    }

    public String messageKey() {
        return "error." + code;
    }
}
