package se.traden.casework;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import se.traden.shared.ConcurrentEditException;

/**
 * Someone else changed the case (or a follow-up) between the moment the page was shown and the post: the
 * case pages answer 409 with a page that says so and leads back to the case as it is now.
 */
@ControllerAdvice(assignableTypes = {CasePages.class, FollowUpPages.class, ReengagementPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseConflicts {

    @ExceptionHandler
    String conflict(ConcurrentEditException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map && map.get("id") instanceof String id) {
            model.addAttribute("caseId", id);
        }
        return "casework/conflict";
    }
}
