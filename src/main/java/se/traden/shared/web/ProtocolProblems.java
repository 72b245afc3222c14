package se.traden.shared.web;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A request refused before any controller is chosen (wrong method, a body that is not JSON, an answer
 * type we cannot give) gets the same problem details as the API's other refusals: a stable {@code type}
 * and a title in the caller's language. Unlike {@link ApiProblems} this cannot be tied to the API's
 * controllers, since no controller has been chosen yet.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProtocolProblems {
    private final MessageSource messages;

    ProtocolProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({
        HttpMediaTypeNotSupportedException.class,
        HttpMediaTypeNotAcceptableException.class,
        HttpRequestMethodNotSupportedException.class
    })
    ResponseEntity<ProblemDetail> unsupportedRequest(Exception e, Locale locale) {
        ErrorResponse error = (ErrorResponse) e;
        String code = switch (e) {
            case HttpMediaTypeNotSupportedException unsupported -> "unsupported-media-type";
            case HttpMediaTypeNotAcceptableException notAcceptable -> "not-acceptable";
            default -> "method-not-allowed";
        };
        HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:traden:problem:" + code));
        problem.setTitle(messages.getMessage("error." + code, null, code, locale));
        return ResponseEntity.status(status)
                .headers(error.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
