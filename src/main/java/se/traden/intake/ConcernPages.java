package se.traden.intake;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.traden.intake.ConcernForms.Assessment;
import se.traden.intake.ConcernForms.Conclusion;
import se.traden.intake.ConcernForms.Feedback;
import se.traden.intake.ConcernForms.HandOver;
import se.traden.intake.ConcernForms.Identify;
import se.traden.intake.ConcernForms.LineReturn;
import se.traden.intake.ConcernForms.StartGathering;
import se.traden.intake.ConcernForms.Triage;
import se.traden.intake.ConcernForms.Versioned;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;
import se.traden.shared.web.Forms;

/**
 * The pages of the functions that work concerns: the inbox, and a concern with what was reported, its
 * deadlines, its timeline and the next steps that fit. Each step is its own form and its own
 * transaction; a refused step comes back on the page with what was typed.
 */
@Controller
@RequestMapping("/concerns")
class ConcernPages {
    private final ConcernService concerns;
    private final ConcernPageModel pageModel;
    private final Clock clock;

    ConcernPages(ConcernService concerns, ConcernPageModel pageModel, Clock clock) {
        this.concerns = concerns;
        this.pageModel = pageModel;
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return ConcernPageModel.ZONE;
    }

    /** Concerns on one page of the inbox; the next page is offered when there are more. */
    static final int INBOX_PAGE = 50;

    private static final int LAST_INBOX_PAGE = 10_000;

    @GetMapping("/inbox")
    String inbox(@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        int current = Math.clamp(page, 0, LAST_INBOX_PAGE);
        List<InboxItem> items = concerns.inbox(current * INBOX_PAGE, INBOX_PAGE + 1);
        boolean hasNext = items.size() > INBOX_PAGE;
        model.addAttribute("rows", pageModel.inbox(hasNext ? items.subList(0, INBOX_PAGE) : items, clock.instant()));
        model.addAttribute("page", current);
        model.addAttribute("hasNext", hasNext);
        return "intake/inbox";
    }

    @GetMapping("/{id}")
    String concern(
            @PathVariable UUID id,
            @RequestParam(name = "identify", required = false) String identify,
            Model model,
            Locale locale) {
        return pageModel.render(id, model, locale, "again".equals(identify));
    }

    @PostMapping("/{id}/triage")
    String triage(
            @PathVariable UUID id,
            @ModelAttribute("triageForm") Triage form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return step(
                id,
                form,
                binding,
                model,
                locale,
                redirect,
                "concerns.notice.triaged",
                f -> concerns.triage(id, f.version(), f.complexityValue(), f.getValuation()));
    }

    @PostMapping("/{id}/identification")
    String identify(
            @PathVariable UUID id,
            @ModelAttribute("identifyForm") Identify form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return step(
                id,
                form,
                binding,
                model,
                locale,
                redirect,
                "concerns.notice.identified",
                f -> concerns.identify(id, f.version(), f.person()),
                true);
    }

    @PostMapping("/{id}/gathering")
    String startGathering(
            @PathVariable UUID id,
            @ModelAttribute("startGatheringForm") StartGathering form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return step(
                id,
                form,
                binding,
                model,
                locale,
                redirect,
                "concerns.notice.gathering-started",
                f -> concerns.startGathering(id, f.version()));
    }

    @PostMapping("/{id}/gathering/conclusion")
    String concludeGathering(
            @PathVariable UUID id,
            @ModelAttribute("conclusionForm") Conclusion form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return step(
                id,
                form,
                binding,
                model,
                locale,
                redirect,
                "concerns.notice.gathering-concluded",
                f -> concerns.concludeGathering(id, f.version(), f.outcomeValue(), f.getSummary()));
    }

    @PostMapping("/{id}/feedback")
    String feedback(
            @PathVariable UUID id,
            @ModelAttribute("feedbackForm") Feedback form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return step(
                id,
                form,
                binding,
                model,
                locale,
                redirect,
                "concerns.notice.feedback-given",
                f -> concerns.giveFeedback(id, f.version(), f.getFeedback()));
    }

    @PostMapping("/{id}/assessment")
    String assessment(
            @PathVariable UUID id,
            @ModelAttribute("assessmentForm") Assessment form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return step(
                id,
                form,
                binding,
                model,
                locale,
                redirect,
                "concerns.notice.assessment-held",
                f -> concerns.holdAssessment(
                        id,
                        f.version(),
                        f.getImmediateActions(),
                        f.getCircleAndFormOfWork(),
                        f.getResponsibilityAndMandate(),
                        f.getParticipants()));
    }

    @PostMapping("/{id}/handover")
    String handOver(
            @PathVariable UUID id,
            @ModelAttribute("handOverForm") HandOver form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return step(
                id,
                form,
                binding,
                model,
                locale,
                redirect,
                "concerns.notice.handed-over",
                f -> concerns.handOver(id, f.version(), f.getNote()));
    }

    @PostMapping("/{id}/line-return")
    String lineReturns(
            @PathVariable UUID id,
            @ModelAttribute("lineReturnForm") LineReturn form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return step(
                id,
                form,
                binding,
                model,
                locale,
                redirect,
                "concerns.notice.line-returned",
                f -> concerns.lineReturns(id, f.version(), f.getWhatChanged()));
    }

    /**
     * Takes one step and goes back to the concern (post, redirect, get); when the concern refuses the
     * input, shows the page again with the errors on the form that was sent.
     */
    private <F extends Versioned> String step(
            UUID id,
            F form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            String notice,
            Function<F, Concern> command) {
        return step(id, form, binding, model, locale, redirect, notice, command, false);
    }

    private <F extends Versioned> String step(
            UUID id,
            F form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            String notice,
            Function<F, Concern> command,
            boolean identifying) {
        try {
            command.apply(form);
        } catch (InvalidInputException e) {
            Forms.reject(binding, ConcernForms.inPageOrder(e, form.fieldOrder()));
            return pageModel.render(id, model, locale, identifying);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
            return pageModel.render(id, model, locale, identifying);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/concerns/" + id;
    }
}
