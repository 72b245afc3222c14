package se.traden.organisation;

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
import se.traden.organisation.PageForms.FunctionForm;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.web.Forms;

/** Forms to create and edit functions. */
@Controller
@RequestMapping("/organisation/functions")
class FunctionPages {
    private static final String FORM = "organisation/function-form";
    private final OrganisationAdministration administration;

    FunctionPages(OrganisationAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/new")
    String newFunction(Model model) {
        model.addAttribute("form", new FunctionForm());
        return form(model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") FunctionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        administration.mayAdminister();
        if (binding.hasErrors()) {
            return form(model);
        }
        try {
            administration.createFunction(form.details());
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            return form(model);
        }
        redirect.addFlashAttribute(OrganisationPages.SAVED, "organisation.saved.function");
        return "redirect:/organisation";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("form", FunctionForm.of(administration.function(new FunctionId(id))));
        model.addAttribute("id", id);
        return form(model);
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable UUID id,
            @ModelAttribute("form") FunctionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("id", id);
        administration.mayAdminister();
        if (binding.hasErrors()) {
            return form(model);
        }
        try {
            administration.changeFunction(new FunctionId(id), form.details(), form.getVersion());
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            return form(model);
        }
        redirect.addFlashAttribute(OrganisationPages.SAVED, "organisation.saved.function");
        return "redirect:/organisation";
    }

    private String form(Model model) {
        model.addAttribute("types", FunctionType.values());
        model.addAttribute("units", administration.units());
        model.addAttribute("reportingOrganisations", administration.reportingOrganisations());
        return FORM;
    }
}
