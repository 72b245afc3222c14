package se.traden.shared.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form fields, query parameters and path variables never carry the NUL character (PostgreSQL cannot
 * store it): such a value is a binding error of its field, like text in a number field, instead of a
 * failure deep inside a command.
 */
@ControllerAdvice
class FormInput {

    @InitBinder
    void refuseNulCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new NoNulText());
    }

    private static final class NoNulText extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw new IllegalArgumentException("the NUL character is not allowed");
            }
            setValue(text);
        }
    }
}
