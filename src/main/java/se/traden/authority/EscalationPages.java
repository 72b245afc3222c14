package se.traden.authority;

import java.time.Clock;
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
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RecordNotFoundException;
import se.traden.shared.RecordRef;
import se.traden.shared.RuleViolationException;
import se.traden.shared.web.Forms;

/** The escalations page of a case: every escalation with its steps, and the forms to open, answer, lift. */
@Controller
@RequestMapping("/cases/{caseId}/escalations")
class EscalationPages {
    private final EscalationService service;
    private final Clock clock;
    private final AccessGuard guard;

    EscalationPages(EscalationService service, Clock clock, AccessGuard guard) {
        this.guard = guard;
        this.service = service;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable UUID caseId, Model model) {
        model.addAttribute("openForm", new EscalationForm());
        return show(caseId, model);
    }

    @PostMapping
    String open(
            @PathVariable UUID caseId,
            @ModelAttribute("openForm") EscalationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.open(caseId, form.getCounterpart(), form.getQuestion());
            redirect.addFlashAttribute("notice", "escalation.notice.opened");
            return "redirect:/cases/" + caseId + "/escalations";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return show(caseId, model);
    }

    @GetMapping("/{escalationId}/{step:outcome|steps}")
    String stepForm(
            @PathVariable UUID caseId, @PathVariable UUID escalationId, @PathVariable String step, Model model) {
        return stepPage(caseId, escalationId, step, new EscalationForm(), model);
    }

    @PostMapping("/{escalationId}/{step:outcome|steps}")
    String step(
            @PathVariable UUID caseId,
            @PathVariable UUID escalationId,
            @PathVariable String step,
            @ModelAttribute("form") EscalationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (step.equals("outcome")) {
                service.answer(caseId, escalationId, form.versionOr(-1), form.getOutcome(), form.settledAnswer());
                redirect.addFlashAttribute("notice", "escalation.notice.answered");
            } else {
                service.lift(caseId, escalationId, form.versionOr(-1), form.getQuestion());
                redirect.addFlashAttribute("notice", "escalation.notice.lifted");
            }
            return "redirect:/cases/" + caseId + "/escalations";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return stepPage(caseId, escalationId, step, form, model);
    }

    private String stepPage(UUID caseId, UUID escalationId, String step, EscalationForm form, Model model) {
        var page = service.page(caseId);
        Escalation e = page.escalations().stream()
                .filter(x -> x.id().equals(escalationId))
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("escalation", escalationId));
        boolean outcome = step.equals("outcome");
        if (outcome ? !page.mayAnswer(e) : !page.mayLift(e)) {
            throw guard.refused(
                    AccessAction.UPDATE, RecordRef.of("escalation", caseId), "this step is not the reader's to take");
        }
        if (form.getVersion() == null || form.getVersion().isBlank()) {
            form.setVersion(String.valueOf(e.version()));
        }
        model.addAttribute("top", page.top());
        model.addAttribute("page", page);
        model.addAttribute("escalation", e);
        model.addAttribute("step", step);
        model.addAttribute("form", form);
        model.addAttribute("zone", clock.getZone());
        return "authority/escalation-step";
    }

    private String show(UUID caseId, Model model) {
        var page = service.page(caseId);
        model.addAttribute("top", page.top());
        model.addAttribute("page", page);
        model.addAttribute("zone", clock.getZone());
        return "authority/escalations";
    }
}
