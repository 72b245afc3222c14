package se.traden.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.AccessLog;
import se.traden.shared.NotPermittedException;
import se.traden.shared.RecordRef;

/**
 * A refusal by a rule of the domain (only the coordinator assigns, for example) is a denied attempt
 * like any other: it goes to the access log, in a transaction of its own, with the rule's code.
 */
@Component
class RuleRefusals {
    private final AccessLog accessLog;

    RuleRefusals(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    void log(NotPermittedException e, HttpServletRequest request) {
        AccessGuard.currentActor()
                .ifPresent(actor -> accessLog.denied(
                        actor,
                        "GET".equals(request.getMethod()) ? AccessAction.READ : AccessAction.UPDATE,
                        e.record() != null
                                ? e.record()
                                : RecordRef.of("endpoint", request.getMethod() + " " + request.getRequestURI()),
                        "refused by rule " + e.code()));
    }
}
