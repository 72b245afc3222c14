package se.traden.quality;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
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
import se.traden.shared.InvalidInputException;
import se.traden.shared.NotPermittedException;
import se.traden.shared.RecordNotFoundException;
import se.traden.shared.RecordRef;
import se.traden.shared.RuleViolationException;
import se.traden.shared.web.Forms;

/**
 * The deviation register: the list with its filters, a new deviation (from an after action review or
 * not), and a deviation's page with the forms for its analysis, actions and follow-up.
 */
@Controller
@RequestMapping("/quality/deviations")
class DeviationPages {
    private static final String BASE = "/quality/deviations";

    private final DeviationService service;
    private final Clock clock;

    DeviationPages(DeviationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @ModelAttribute("steps")
    List<ProcessStep> steps() {
        return List.of(ProcessStep.values());
    }

    @GetMapping
    String register(
            @RequestParam(required = false) String status, @RequestParam(required = false) String year, Model model) {
        var register = service.register(FormValues.choice(DeviationStatus.class, status), FormValues.number(year));
        model.addAttribute("register", register);
        model.addAttribute("statuses", List.of(DeviationStatus.values()));
        model.addAttribute("zone", clock.getZone());
        return "quality/deviations";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) String review, Model model) {
        var form = new DeviationForm();
        form.setReview(review);
        model.addAttribute("raiseForm", form);
        return raisePage(form, model);
    }

    @PostMapping
    String raise(
            @ModelAttribute("raiseForm") DeviationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            UUID review = FormValues.id(form.getReview());
            if (!FormValues.blank(form.getReview()) && review == null) {
                throw new RecordNotFoundException(DeviationService.REVIEW_RECORD, form.getReview());
            }
            Deviation d = service.raise(
                    review, form.getWhatHappened(), FormValues.choice(ProcessStep.class, form.getAffected()));
            redirect.addFlashAttribute("notice", "quality.deviation.notice.raised");
            return "redirect:" + BASE + "/" + d.id();
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return raisePage(form, model);
    }

    private String raisePage(DeviationForm form, Model model) {
        service.checkMayRaise();
        UUID review = FormValues.id(form.getReview());
        if (!FormValues.blank(form.getReview()) && review == null) {
            throw new RecordNotFoundException(DeviationService.REVIEW_RECORD, form.getReview());
        }
        model.addAttribute("source", review == null ? null : service.sourceFor(review));
        return "quality/deviation-new";
    }

    @GetMapping("/{id}")
    String page(@PathVariable UUID id, Model model) {
        return show(id, model);
    }

    @PostMapping("/{id}/analysis")
    String analyse(
            @PathVariable UUID id,
            @ModelAttribute("analysisForm") DeviationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.analyse(id, FormValues.version(form.getVersion()), form.getCauses());
            return done(id, "quality.deviation.notice.analysed", redirect);
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return show(id, model);
    }

    @PostMapping("/{id}/actions")
    String planAction(
            @PathVariable UUID id,
            @ModelAttribute("actionForm") DeviationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.planAction(
                    id,
                    FormValues.version(form.getVersion()),
                    form.getWhat(),
                    FormValues.id(form.getOwnerId()),
                    FormValues.date(form.getDueOn()));
            return done(id, "quality.deviation.notice.action-planned", redirect);
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return show(id, model);
    }

    @PostMapping("/{id}/follow-up")
    String followUp(
            @PathVariable UUID id,
            @ModelAttribute("followUpForm") DeviationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.followUp(
                    id, FormValues.version(form.getVersion()), FormValues.yesNo(form.getEffective()), form.getText());
            return done(id, "quality.deviation.notice.followed-up", redirect);
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return show(id, model);
    }

    @GetMapping("/{id}/actions/{actionId}/completion")
    String completionForm(@PathVariable UUID id, @PathVariable UUID actionId, Model model) {
        return completionPage(id, actionId, null, model);
    }

    @PostMapping("/{id}/actions/{actionId}/completion")
    String complete(
            @PathVariable UUID id,
            @PathVariable UUID actionId,
            @ModelAttribute("completionForm") DeviationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.completeAction(id, actionId, FormValues.version(form.getVersion()), form.getNote());
            return done(id, "quality.deviation.notice.action-completed", redirect);
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return completionPage(id, actionId, form, model);
    }

    private String completionPage(UUID id, UUID actionId, DeviationForm form, Model model) {
        var page = service.page(id);
        ImprovementAction action = page.deviation()
                .action(actionId)
                .orElseThrow(() -> new RecordNotFoundException("deviation-action", actionId));
        if (action.done()) {
            throw new RuleViolationException("quality.action.done-already", null, null);
        }
        if (!page.mayComplete(action)) {
            throw new NotPermittedException("quality.action.not-owner")
                    .about(RecordRef.of(DeviationService.RECORD, id));
        }
        model.addAttribute("page", page);
        model.addAttribute("action", action);
        model.addAttribute(
                "completionForm",
                form != null ? form : DeviationForm.at(page.deviation().version()));
        model.addAttribute("zone", clock.getZone());
        return "quality/action-completion";
    }

    private String show(UUID id, Model model) {
        var page = service.page(id);
        long version = page.deviation().version();
        for (String form : List.of("analysisForm", "actionForm", "followUpForm")) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, DeviationForm.at(version));
            }
        }
        model.addAttribute("page", page);
        model.addAttribute("zone", clock.getZone());
        return "quality/deviation";
    }

    private static String done(UUID id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + BASE + "/" + id;
    }
}
