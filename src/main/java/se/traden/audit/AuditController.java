package se.traden.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.web.Forms;

/** The log review pages: search, denied attempts, and verification of the chain. */
@Controller
@RequestMapping("/audit")
class AuditController {
    static final String TIME_PATTERN = "yyyy-MM-dd HH:mm:ss";
    static final int DENIED_DEFAULT_DAYS = 30;

    private final AccessLogReview review;

    AuditController(AccessLogReview review) {
        this.review = review;
    }

    @GetMapping
    String search(
            @ModelAttribute("search") SearchForm form, BindingResult binding, HttpServletRequest request, Model model) {
        if (!form.submitted()) {
            review.mayReview();
            return searchPage(model);
        }
        try {
            showPage(review.search(form.toQuery()), request, model);
        } catch (InvalidInputException e) {
            review.mayReview();
            Forms.reject(binding, e);
        }
        return searchPage(model);
    }

    @GetMapping("/denied")
    String denied(
            @ModelAttribute("search") SearchForm form, BindingResult binding, HttpServletRequest request, Model model) {
        if (form.getFrom() == null && form.getTo() == null) {
            LocalDate today = LocalDate.now(review.zone());
            form.setFrom(today.minusDays(DENIED_DEFAULT_DAYS).toString());
            form.setTo(today.toString());
        }
        model.addAttribute("timeFormat", timeFormat());
        try {
            AccessLogQuery typed = form.toQuery();
            showPage(
                    review.search(AccessLogQuery.deniedBetween(typed.from(), typed.to(), typed.after(), typed.limit())),
                    request,
                    model);
        } catch (InvalidInputException e) {
            review.mayReview();
            Forms.reject(binding, e);
        }
        return "audit/denied";
    }

    @GetMapping("/verification")
    String verification() {
        review.mayReview();
        return "audit/verification";
    }

    @PostMapping("/verification")
    String verify(Model model) {
        model.addAttribute("verification", review.verify());
        return "audit/verification";
    }

    private String searchPage(Model model) {
        model.addAttribute("functions", FunctionType.values());
        model.addAttribute("outcomes", AccessLogQuery.Outcome.values());
        model.addAttribute("timeFormat", timeFormat());
        return "audit/search";
    }

    private static void showPage(AccessLogPage page, HttpServletRequest request, Model model) {
        model.addAttribute("page", page);
        String query = request.getQueryString();
        var current = UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query));
        if (page.hasNext()) {
            model.addAttribute(
                    "nextLink",
                    current.cloneBuilder()
                            .replaceQueryParam("after", page.next().encode())
                            .build(true)
                            .toUriString());
        }
        if (request.getParameter("after") != null) {
            model.addAttribute(
                    "firstLink",
                    current.cloneBuilder()
                            .replaceQueryParam("after")
                            .build(true)
                            .toUriString());
        }
    }

    private DateTimeFormatter timeFormat() {
        return DateTimeFormatter.ofPattern(TIME_PATTERN).withZone(review.zone());
    }
}
