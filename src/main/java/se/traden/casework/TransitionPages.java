package se.traden.casework;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.traden.casework.CaseForms.TransitionForm;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;
import se.traden.shared.web.Forms;

/** A case's transitions: the list, the 18th birthday when it is near, and a form to record one. */
@Controller
@RequestMapping("/cases/{id}/transitions")
class TransitionPages {
    private static final String PAGE = "casework/transitions";
    static final List<String> FIELD_ORDER =
            List.of("kind", "occursOn", "ownerStaffId", "ownerOrganisation", "note", "homeComingPlan");

    private final TransitionService transitions;

    TransitionPages(TransitionService transitions) {
        this.transitions = transitions;
    }

    @GetMapping
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("transitionForm", new TransitionForm());
        return render(id, model);
    }

    @PostMapping
    String record(
            @PathVariable UUID id,
            @ModelAttribute("transitionForm") TransitionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            transitions.record(id, form.input());
            redirect.addFlashAttribute("notice", "cases.notice.transition-recorded");
            return "redirect:/cases/" + id + "/transitions";
        } catch (InvalidInputException e) {
            Forms.reject(binding, CaseForms.inOrder(e, FIELD_ORDER));
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return render(id, model);
    }

    private String render(UUID id, Model model) {
        var found = transitions.ofCase(id);
        model.addAttribute("found", found);
        model.addAttribute("c", found.collaborationCase());
        model.addAttribute("kinds", TransitionKind.values());
        model.addAttribute("zone", CasePageModel.ZONE);
        return PAGE;
    }
}
