package se.traden.collaboration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.traden.casework.CaseStatus;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RecordNotFoundException;
import se.traden.shared.RecordRef;
import se.traden.shared.RuleViolationException;
import se.traden.shared.web.Forms;

/** The after action review page of a case: the reviews held, a new one, and completing one afterwards. */
@Controller
@RequestMapping("/cases/{caseId}/review")
class ReviewPages {
    private final ReviewService service;
    private final Clock clock;
    private final AccessGuard guard;

    ReviewPages(ReviewService service, Clock clock, AccessGuard guard) {
        this.guard = guard;
        this.service = service;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable UUID caseId, Model model) {
        model.addAttribute("reviewForm", ReviewForm.on(LocalDate.now(clock)));
        return show(caseId, null, model);
    }

    @PostMapping
    String hold(
            @PathVariable UUID caseId,
            @ModelAttribute("reviewForm") ReviewForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.hold(caseId, form.answers());
            redirect.addFlashAttribute("notice", "review.notice.recorded");
            return "redirect:/cases/" + caseId + "/review";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return show(caseId, null, model);
    }

    @GetMapping("/{reviewId}/edit")
    String editForm(@PathVariable UUID caseId, @PathVariable UUID reviewId, Model model) {
        var log = service.log(caseId);
        var review = log.reviews().stream()
                .filter(r -> r.id().equals(reviewId))
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException(ReviewService.RECORD, reviewId));
        model.addAttribute("reviewForm", ReviewForm.of(review));
        return show(caseId, reviewId, model);
    }

    @PostMapping("/{reviewId}")
    String revise(
            @PathVariable UUID caseId,
            @PathVariable UUID reviewId,
            @ModelAttribute("reviewForm") ReviewForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.revise(caseId, reviewId, form.versionOr(-1), form.answers());
            redirect.addFlashAttribute("notice", "review.notice.revised");
            return "redirect:/cases/" + caseId + "/review";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return show(caseId, reviewId, model);
    }

    private String show(UUID caseId, UUID editing, Model model) {
        var log = service.log(caseId);
        if (editing != null && !log.header().writable()) {
            throw guard.refused(
                    AccessAction.UPDATE,
                    RecordRef.of(ReviewService.RECORD, caseId),
                    "only the case manager and the coordinator write the review");
        }
        model.addAttribute("header", log.header());
        model.addAttribute("reviews", log.reviews());
        model.addAttribute("editing", editing);
        model.addAttribute("mayHold", log.header().status() != CaseStatus.ACTIVE);
        return "collaboration/review";
    }
}
