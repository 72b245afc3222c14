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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.traden.casework.CaseForms.ReengageForm;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;
import se.traden.shared.web.Forms;

/**
 * The coordinator reopens a closed or maintained case for a new concern, from the concern page: the case
 * and the concern side by side, the worry to carry over, and who will hold the case.
 */
@Controller
@RequestMapping("/cases/{id}/reengagement")
class ReengagementPages {
    private static final String PAGE = "casework/reengagement";

    private final CaseService cases;

    ReengagementPages(CaseService cases) {
        this.cases = cases;
    }

    @GetMapping
    String page(@PathVariable UUID id, @RequestParam(name = "concern", required = false) UUID concern, Model model) {
        var support = cases.reengagementSupport(id, concern);
        ReengageForm form = new ReengageForm();
        form.setConcernId(support.concern().id().toString());
        form.setConcernVersion(support.concern().version());
        form.setVersion(support.collaborationCase().version());
        form.setWorry(support.concern().worry());
        model.addAttribute("reengageForm", form);
        return render(support, model);
    }

    @PostMapping
    String reengage(
            @PathVariable UUID id,
            @ModelAttribute("reengageForm") ReengageForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            cases.reengage(id, form.getVersion(), form.concern(), form.getConcernVersion(), form.getWorry());
            redirect.addFlashAttribute("notice", "cases.notice.reengaged");
            return "redirect:/cases/" + id;
        } catch (InvalidInputException e) {
            Forms.reject(binding, CaseForms.inOrder(e, List.of("worry")));
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return render(cases.reengagementSupport(id, form.concern()), model);
    }

    private static String render(CaseService.ReengagementSupport support, Model model) {
        model.addAttribute("support", support);
        model.addAttribute("c", support.collaborationCase());
        model.addAttribute("zone", CasePageModel.ZONE);
        return PAGE;
    }
}
