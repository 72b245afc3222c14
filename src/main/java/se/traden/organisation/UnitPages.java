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
import se.traden.organisation.PageForms.UnitForm;
import se.traden.shared.InvalidInputException;
import se.traden.shared.web.Forms;

/** Forms to create and edit units and reporting organisations. */
@Controller
@RequestMapping("/organisation")
class UnitPages {
    private static final String UNIT_FORM = "organisation/unit-form";
    private static final String REPORTING_FORM = "organisation/reporting-organisation-form";
    private final OrganisationAdministration administration;

    UnitPages(OrganisationAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/units/new")
    String newUnit(Model model) {
        administration.mayAdminister();
        model.addAttribute("form", new UnitForm());
        return UNIT_FORM;
    }

    @PostMapping("/units")
    String createUnit(@ModelAttribute("form") UnitForm form, BindingResult binding, RedirectAttributes redirect) {
        administration.mayAdminister();
        if (binding.hasErrors()) {
            return UNIT_FORM;
        }
        try {
            administration.createUnit(form.unit());
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            return UNIT_FORM;
        }
        redirect.addFlashAttribute(OrganisationPages.SAVED, "organisation.saved.unit");
        return "redirect:/organisation";
    }

    @GetMapping("/units/{id}/edit")
    String editUnit(@PathVariable UUID id, Model model) {
        model.addAttribute("form", UnitForm.of(administration.unit(new UnitId(id))));
        model.addAttribute("id", id);
        return UNIT_FORM;
    }

    @PostMapping("/units/{id}")
    String changeUnit(
            @PathVariable UUID id,
            @ModelAttribute("form") UnitForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("id", id);
        administration.mayAdminister();
        if (binding.hasErrors()) {
            return UNIT_FORM;
        }
        try {
            administration.changeUnit(new UnitId(id), form.unit(), form.getVersion());
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            return UNIT_FORM;
        }
        redirect.addFlashAttribute(OrganisationPages.SAVED, "organisation.saved.unit");
        return "redirect:/organisation";
    }

    @GetMapping("/reporting-organisations/new")
    String newReportingOrganisation(Model model) {
        administration.mayAdminister();
        model.addAttribute("form", new UnitForm());
        return REPORTING_FORM;
    }

    @PostMapping("/reporting-organisations")
    String createReportingOrganisation(
            @ModelAttribute("form") UnitForm form, BindingResult binding, RedirectAttributes redirect) {
        administration.mayAdminister();
        if (binding.hasErrors()) {
            return REPORTING_FORM;
        }
        try {
            administration.createReportingOrganisation(form.reportingOrganisation());
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            return REPORTING_FORM;
        }
        redirect.addFlashAttribute(OrganisationPages.SAVED, "organisation.saved.reporting-organisation");
        return "redirect:/organisation";
    }

    @GetMapping("/reporting-organisations/{id}/edit")
    String editReportingOrganisation(@PathVariable UUID id, Model model) {
        model.addAttribute("form", UnitForm.of(administration.reportingOrganisation(new ReportingOrganisationId(id))));
        model.addAttribute("id", id);
        return REPORTING_FORM;
    }

    @PostMapping("/reporting-organisations/{id}")
    String changeReportingOrganisation(
            @PathVariable UUID id,
            @ModelAttribute("form") UnitForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("id", id);
        administration.mayAdminister();
        if (binding.hasErrors()) {
            return REPORTING_FORM;
        }
        try {
            administration.changeReportingOrganisation(
                    new ReportingOrganisationId(id), form.reportingOrganisation(), form.getVersion());
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            return REPORTING_FORM;
        }
        redirect.addFlashAttribute(OrganisationPages.SAVED, "organisation.saved.reporting-organisation");
        return "redirect:/organisation";
    }
}
