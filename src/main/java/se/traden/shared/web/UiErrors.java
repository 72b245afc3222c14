package se.traden.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.InvalidInputException;
import se.traden.shared.NotPermittedException;
import se.traden.shared.RecordNotFoundException;
import se.traden.shared.RuleViolationException;

/** The UI's answer to a missing record, a refusal or a conflicting edit: a page that says what happened. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class UiErrors {
    private final RuleRefusals refusals;

    UiErrors(RuleRefusals refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler
    String notFound(RecordNotFoundException e, HttpServletResponse response, Model model) {
        return page(response, model, HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler
    String notPermitted(
            NotPermittedException e,
            jakarta.servlet.http.HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        refusals.log(e, request);
        return page(response, model, HttpServletResponse.SC_FORBIDDEN);
    }

    @ExceptionHandler
    String denied(
            AccessDeniedException e,
            jakarta.servlet.http.HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var caseRead = CASE_PAGE.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        if ("GET".equals(request.getMethod())
                && caseRead.matches()
                && se.traden.shared.AccessGuard.currentActor()
                        .map(se.traden.shared.BreakTheGlass::mayRequest)
                        .orElse(false)) {
            model.addAttribute("emergencyAccessUrl", "/cases/" + caseRead.group(1) + "/nodatkomst");
        }
        return page(response, model, HttpServletResponse.SC_FORBIDDEN);
    }

    /** A case's page or one of its parts: where someone outside the case may ask for emergency access. */
    private static final java.util.regex.Pattern CASE_PAGE = java.util.regex.Pattern.compile(
            "/cases/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(/.*)?");

    @ExceptionHandler({ConcurrentEditException.class, OptimisticLockingFailureException.class})
    String conflict(RuntimeException e, HttpServletResponse response, Model model) {
        return page(response, model, HttpServletResponse.SC_CONFLICT);
    }

    /** A controller that did not put the refusal on its form still shows what was wrong, never a 500. */
    @ExceptionHandler
    String invalidInput(InvalidInputException e, HttpServletResponse response, Model model) {
        model.addAttribute("violations", e.violations());
        return page(response, model, HttpServletResponse.SC_BAD_REQUEST);
    }

    @ExceptionHandler
    String ruleViolation(RuleViolationException e, HttpServletResponse response, Model model) {
        model.addAttribute("rule", e);
        return page(response, model, 422);
    }

    private static String page(HttpServletResponse response, Model model, int status) {
        response.setStatus(status);
        model.addAttribute("status", status);
        return "error/problem";
    }
}
