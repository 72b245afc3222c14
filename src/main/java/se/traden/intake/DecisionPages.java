package se.traden.intake;

import jakarta.servlet.http.HttpSession;
import java.time.ZoneId;
import java.util.Locale;
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
import se.traden.intake.ConcernForms.SimpleClosure;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;
import se.traden.shared.web.Forms;
import se.traden.shared.web.Reviews;

/**
 * The two steps that cannot be undone, each checked first and then confirmed on a page of its own: the
 * coordinator's decision (activate with a case manager, or leave with the line) and closing a concern
 * as simple. Nothing is stored until the person confirms.
 */
@Controller
@RequestMapping("/concerns/{id}")
class DecisionPages {
    private static final String DECISION = "intake/decision";
    private static final String CONFIRM_DECISION = "intake/confirm-decision";
    private static final String CONFIRM_CLOSURE = "intake/confirm-simple-closure";
    private static final String DECISION_STEP = "concern-decision";

    private final ConcernService concerns;
    private final ConcernPageModel pageModel;

    DecisionPages(ConcernService concerns, ConcernPageModel pageModel) {
        this.concerns = concerns;
        this.pageModel = pageModel;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return ConcernPageModel.ZONE;
    }

    @GetMapping("/decision")
    String decision(@PathVariable UUID id, Model model) {
        DecisionSupport support = concerns.decisionSupport(id);
        model.addAttribute("decisionForm", ConcernForms.startingFrom(support.concern(), new DecisionForm()));
        return decisionPage(support, model);
    }

    /** Back from the confirmation to change something, with everything as it was typed. */
    @PostMapping("/decision/edit")
    String edit(@PathVariable UUID id, @ModelAttribute("decisionForm") DecisionForm form, Model model) {
        return decisionPage(concerns.decisionSupport(id), model);
    }

    @PostMapping("/decision/confirm")
    String confirm(
            @PathVariable UUID id,
            @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult binding,
            Model model,
            HttpSession session) {
        try {
            check(id, form);
            return Reviews.keep(session, DECISION_STEP, id, form, "/concerns/" + id + "/decision/review");
        } catch (InvalidInputException e) {
            Forms.reject(binding, form.onThisForm(e));
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return decisionPage(concerns.decisionSupport(id), model);
    }

    /**
     * The checked decision, to be confirmed. Reached again with the back button after the decision, it
     * leads to the decision page, which says the concern is decided.
     */
    @GetMapping("/decision/review")
    String review(@PathVariable UUID id, Model model, HttpSession session) {
        DecisionForm form =
                Reviews.pending(session, DECISION_STEP, id, DecisionForm.class).orElse(null);
        if (form == null) {
            return "redirect:/concerns/" + id + "/decision";
        }
        DecisionSupport support;
        try {
            support = check(id, form);
        } catch (InvalidInputException | RuleViolationException e) {
            Reviews.done(session, DECISION_STEP, id);
            return "redirect:/concerns/" + id + "/decision";
        }
        model.addAttribute("decisionForm", form);
        model.addAttribute("support", support);
        model.addAttribute("concern", support.concern());
        model.addAttribute(
                "caseManager",
                support.candidates().stream()
                        .filter(c -> c.staffId().equals(form.caseManager()))
                        .findFirst()
                        .orElse(null));
        return CONFIRM_DECISION;
    }

    @PostMapping("/decision")
    String decide(
            @PathVariable UUID id,
            @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpSession session) {
        try {
            if (form.activates()) {
                concerns.activate(id, form.version(), form.caseManager(), form.getActivationReason());
                redirect.addFlashAttribute("notice", "concerns.notice.activated");
            } else if (form.leavesWithLine()) {
                concerns.leaveWithLine(
                        id, form.version(), form.getReceivingUnit(), form.getAdvice(), form.getLineReason());
                redirect.addFlashAttribute("notice", "concerns.notice.left-with-line");
            } else {
                throw InvalidInputException.of("choice", "concern.decision-choice-required");
            }
            Reviews.done(session, DECISION_STEP, id);
            return "redirect:/concerns/" + id;
        } catch (InvalidInputException e) {
            Forms.reject(binding, form.onThisForm(e));
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return decisionPage(concerns.decisionSupport(id), model);
    }

    @PostMapping("/simple-closure/confirm")
    String confirmClosure(
            @PathVariable UUID id,
            @ModelAttribute("simpleClosureForm") SimpleClosure form,
            BindingResult binding,
            Model model,
            Locale locale) {
        try {
            DecisionSupport support = concerns.checkSimpleClosure(id, form.version(), form.getAdvice());
            model.addAttribute("concern", support.concern());
            return CONFIRM_CLOSURE;
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return pageModel.render(id, model, locale);
    }

    /** Back from the confirmation to the concern page, with the advice as it was typed. */
    @PostMapping("/simple-closure/edit")
    String editClosure(
            @PathVariable UUID id,
            @ModelAttribute("simpleClosureForm") SimpleClosure form,
            Model model,
            Locale locale) {
        return pageModel.render(id, model, locale);
    }

    @PostMapping("/simple-closure")
    String close(
            @PathVariable UUID id,
            @ModelAttribute("simpleClosureForm") SimpleClosure form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            concerns.closeAsSimple(id, form.version(), form.getAdvice());
            redirect.addFlashAttribute("notice", "concerns.notice.closed-simple");
            return "redirect:/concerns/" + id;
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return pageModel.render(id, model, locale);
    }

    private DecisionSupport check(UUID id, DecisionForm form) {
        if (form.activates()) {
            return concerns.checkActivation(id, form.version(), form.caseManager(), form.getActivationReason());
        }
        if (form.leavesWithLine()) {
            return concerns.checkLineDecision(
                    id, form.version(), form.getReceivingUnit(), form.getAdvice(), form.getLineReason());
        }
        throw InvalidInputException.of("choice", "concern.decision-choice-required");
    }

    private String decisionPage(DecisionSupport support, Model model) {
        model.addAttribute("support", support);
        model.addAttribute("concern", support.concern());
        model.addAttribute("decisionState", support.view().decisionState());
        return DECISION;
    }
}
