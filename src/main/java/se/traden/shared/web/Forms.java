package se.traden.shared.web;

import org.springframework.validation.BindingResult;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;

/** Puts the domain's refusals on the form the person filled in, field by field. */
public final class Forms {
    private Forms() {}

    public static void reject(BindingResult form, InvalidInputException e) {
        for (var violation : e.violations()) {
            String field = violation.field();
            if (field != null && form.getFieldType(field) != null) {
                form.rejectValue(
                        field, violation.messageKey(), violation.arguments().toArray(), violation.code());
            } else {
                form.reject(violation.messageKey(), violation.arguments().toArray(), violation.code());
            }
        }
    }

    public static void reject(BindingResult form, RuleViolationException e) {
        String field = e.field();
        if (field != null && form.getFieldType(field) != null) {
            form.rejectValue(field, e.messageKey(), e.arguments().toArray(), e.code());
        } else {
            form.reject(e.messageKey(), e.arguments().toArray(), e.code());
        }
    }
}
