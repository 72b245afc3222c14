package se.traden.quality;

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
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.web.Forms;

/** The risk analysis: the risks with their matrix, and the form to identify or reassess one. */
@Controller
@RequestMapping("/quality/risks")
class RiskPages {
    private final RiskService service;

    RiskPages(RiskService service) {
        this.service = service;
    }

    @ModelAttribute("steps")
    List<ProcessStep> steps() {
        return List.of(ProcessStep.values());
    }

    @ModelAttribute("levels")
    List<Integer> levels() {
        return RiskMatrix.LEVELS;
    }

    @ModelAttribute("owners")
    List<FunctionType> owners() {
        return QualityPolicy.RISK_OWNERS;
    }

    @ModelAttribute("riskStatuses")
    List<RiskStatus> statuses() {
        return List.of(RiskStatus.values());
    }

    @GetMapping
    String register(Model model) {
        model.addAttribute("register", service.register());
        return "quality/risks";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        service.checkMayEdit();
        model.addAttribute("riskForm", RiskForm.fresh());
        model.addAttribute("editing", null);
        return "quality/risk-form";
    }

    @PostMapping
    String identify(
            @ModelAttribute("riskForm") RiskForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.identify(form.assessment());
            redirect.addFlashAttribute("notice", "quality.risk.notice.identified");
            return "redirect:/quality/risks";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        }
        model.addAttribute("editing", null);
        return "quality/risk-form";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        OperationalRisk risk = service.forEdit(id);
        model.addAttribute("riskForm", RiskForm.of(risk));
        model.addAttribute("editing", risk);
        return "quality/risk-form";
    }

    @PostMapping("/{id}")
    String reassess(
            @PathVariable UUID id,
            @ModelAttribute("riskForm") RiskForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.reassess(id, FormValues.version(form.getVersion()), form.assessment());
            redirect.addFlashAttribute("notice", "quality.risk.notice.reassessed");
            return "redirect:/quality/risks";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        }
        model.addAttribute("editing", service.forEdit(id));
        return "quality/risk-form";
    }
}
