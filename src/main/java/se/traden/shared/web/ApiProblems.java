package se.traden.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;
import se.traden.shared.NotPermittedException;
import se.traden.shared.RecordNotFoundException;
import se.traden.shared.RuleViolationException;
import tools.jackson.databind.DatabindException;

/**
 * Every error of the API as RFC 9457 problem details with a stable {@code type}
 * ({@code urn:traden:problem:<code>}) and a title in the caller's language (Swedish unless asked
 * otherwise). Invalid input lists each field with the rule it broke.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {
    private final MessageSource messages;
    private final RuleRefusals refusals;

    ApiProblems(MessageSource messages, RuleRefusals refusals) {
        this.messages = messages;
        this.refusals = refusals;
    }

    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInputException e, Locale locale) {
        return withErrors(e.violations(), locale);
    }

    @ExceptionHandler
    ProblemDetail invalidBody(MethodArgumentNotValidException e, Locale locale) {
        List<FieldViolation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(error -> FieldViolation.of(error.getField(), "constraint." + error.getCode()))
                .toList();
        return withErrors(violations, locale);
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        // A value of the wrong type (an unknown enum constant, text for a number) names its field.
        if (e.getCause() instanceof DatabindException bad && !bad.getPath().isEmpty()) {
            String field = bad.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("body");
            return withErrors(List.of(FieldViolation.of(field, "malformed")), locale);
        }
        return problem(HttpStatus.BAD_REQUEST, "unreadable-body", locale);
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return withErrors(List.of(FieldViolation.of(e.getName(), "malformed")), locale);
    }

    @ExceptionHandler
    ProblemDetail ruleViolation(RuleViolationException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(e.messageKey(), e.arguments().toArray(), e.code(), locale));
        problem.setType(URI.create("urn:traden:problem:" + e.code()));
        problem.setTitle(problem.getDetail());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        if (e.relatedLink() != null) {
            problem.setProperty("related", e.relatedLink());
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(RecordNotFoundException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "not-found", locale);
    }

    @ExceptionHandler
    ProblemDetail denied(AccessDeniedException e, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", locale);
    }

    @ExceptionHandler
    ProblemDetail notPermitted(
            NotPermittedException e, Locale locale, jakarta.servlet.http.HttpServletRequest request) {
        refusals.log(e, request);
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "forbidden", locale);
        problem.setType(URI.create("urn:traden:problem:" + e.code()));
        problem.setDetail(messages.getMessage("error." + e.code(), null, e.code(), locale));
        return problem;
    }

    @ExceptionHandler({ConcurrentEditException.class, OptimisticLockingFailureException.class})
    ProblemDetail concurrentEdit(RuntimeException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "concurrent-edit", locale);
    }

    private ProblemDetail withErrors(List<FieldViolation> violations, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", locale);
        problem.setProperty(
                "errors",
                violations.stream()
                        .map(v -> Map.of(
                                "field", v.field(),
                                "code", v.code(),
                                "message",
                                        messages.getMessage(
                                                v.messageKey(), v.arguments().toArray(), v.code(), locale)))
                        .toList());
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String code, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:traden:problem:" + code));
        problem.setTitle(messages.getMessage("error." + code, null, code, locale));
        return problem;
    }
}
