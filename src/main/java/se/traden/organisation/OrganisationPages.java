package se.traden.organisation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.traden.organisation.PageForms.SettingsForm;
import se.traden.shared.InvalidInputException;
import se.traden.shared.web.Forms;

/** The administrator's overview, the municipality's settings, and the core-component check. */
@Controller
@RequestMapping("/organisation")
class OrganisationPages {
    static final String SAVED = "saved";
    private final OrganisationAdministration administration;

    OrganisationPages(OrganisationAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("overview", administration.overview());
        return "organisation/overview";
    }

    @GetMapping("/core-components")
    String coreComponents(Model model) {
        model.addAttribute("report", administration.coreComponents());
        return "organisation/core-components";
    }

    @GetMapping("/settings")
    String settings(Model model) {
        model.addAttribute("form", SettingsForm.of(administration.settings()));
        return "organisation/settings";
    }

    @PostMapping("/settings")
    String changeSettings(
            @ModelAttribute("form") SettingsForm form, BindingResult binding, RedirectAttributes redirect) {
        administration.mayAdminister();
        if (binding.hasErrors()) {
            return "organisation/settings";
        }
        try {
            administration.changeSettings(form.settings(), form.getVersion());
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            return "organisation/settings";
        }
        redirect.addFlashAttribute(SAVED, "organisation.saved.settings");
        return "redirect:/organisation/core-components";
    }
}
