package se.traden.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.AccessLog;
import se.traden.shared.RecordRef;

/**
 * The answers of the security filters: 401 and 403 as RFC 9457 problem details for the API, the
 * error page for the UI. A refusal of an identified person is written to the access log.
 */
@Component
class ProblemResponses {
    private final AccessLog accessLog;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ProblemResponses(AccessLog accessLog, MessageSource messages, LocaleResolver locales) {
        this.accessLog = accessLog;
        this.messages = messages;
        this.locales = locales;
    }

    void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated");
    }

    /**
     * A bearer token that was refused: unauthenticated, unless it could not be checked at all because the
     * identity provider's keys could not be fetched; then the caller may try again shortly.
     */
    void bearerTokenRefused(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof AuthenticationServiceException) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "30");
            write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "identity-provider-unavailable");
        } else {
            unauthenticated(request, response, e);
        }
    }

    /** Login attempts from a throttled client address (see {@link LoginThrottleFilter}). */
    void tooManyLogins(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-logins");
    }

    void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (e instanceof CsrfException) {
            // A missing or stale form token is not an attempt on data: answer it, but do not log it as one.
            if (api) {
                write(request, response, HttpStatus.FORBIDDEN, "csrf");
            } else {
                response.sendError(HttpStatus.FORBIDDEN.value());
            }
            return;
        }
        AccessGuard.currentActor()
                .ifPresent(actor -> accessLog.denied(
                        actor,
                        "GET".equals(request.getMethod()) ? AccessAction.READ : AccessAction.UPDATE,
                        RecordRef.of("endpoint", request.getMethod() + " " + request.getRequestURI()),
                        "no function held that this endpoint allows"));
        if (api) {
            write(request, response, HttpStatus.FORBIDDEN, "forbidden");
        } else {
            response.sendError(HttpStatus.FORBIDDEN.value());
        }
    }

    /**
     * A request the firewall refuses before any filter sees it (an encoded slash or a path that walks
     * up, for example): 400, as problem details for the API.
     */
    void rejected(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            write(request, response, HttpStatus.BAD_REQUEST, "rejected-request");
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        var locale = locales.resolveLocale(request);
        String title = messages.getMessage("error." + code, null, code, locale);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"urn:traden:problem:" + code + "\",\"title\":\"" + jsonEscape(title)
                        + "\",\"status\":" + status.value() + ",\"instance\":\"" + jsonEscape(request.getRequestURI())
                        + "\"}");
    }

    private static String jsonEscape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
