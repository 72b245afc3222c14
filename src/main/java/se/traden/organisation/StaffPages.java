package se.traden.organisation;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
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
import se.traden.organisation.PageForms.AssignmentForm;
import se.traden.organisation.PageForms.StaffForm;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;
import se.traden.shared.StaffId;
import se.traden.shared.web.Forms;

/** Staff: the list, one person's functions over time, and the forms to add, edit and assign them. */
@Controller
@RequestMapping("/organisation")
class StaffPages {
    private static final String FORM = "organisation/staff-form";
    private static final String DETAIL = "organisation/staff";
    private final OrganisationAdministration administration;
    private final java.time.Clock clock;

    StaffPages(OrganisationAdministration administration, java.time.Clock clock) {
        this.administration = administration;
        this.clock = clock;
    }

    @GetMapping("/staff")
    String list(Model model) {
        model.addAttribute("staff", administration.staffList());
        return "organisation/staff-list";
    }

    @GetMapping("/staff/new")
    String newStaff(Model model) {
        administration.mayAdminister();
        model.addAttribute("form", new StaffForm());
        return FORM;
    }

    @PostMapping("/staff")
    String create(@ModelAttribute("form") StaffForm form, BindingResult binding, RedirectAttributes redirect) {
        administration.mayAdminister();
        if (binding.hasErrors()) {
            return FORM;
        }
        StaffId id;
        try {
            id = administration.createStaff(form.details());
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            return FORM;
        }
        redirect.addFlashAttribute(OrganisationPages.SAVED, "organisation.saved.staff");
        return "redirect:/organisation/staff/" + id;
    }

    @GetMapping("/staff/{id}")
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("assignment", new AssignmentForm());
        return detail(id, model, null);
    }

    @GetMapping("/staff/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute(
                "form", StaffForm.of(administration.staffMember(new StaffId(id)).staff()));
        model.addAttribute("id", id);
        return FORM;
    }

    @PostMapping("/staff/{id}")
    String change(
            @PathVariable UUID id,
            @ModelAttribute("form") StaffForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("id", id);
        administration.mayAdminister();
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            administration.changeStaff(new StaffId(id), form.details(), form.getVersion());
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            return FORM;
        }
        redirect.addFlashAttribute(OrganisationPages.SAVED, "organisation.saved.staff");
        return "redirect:/organisation/staff/" + id;
    }

    @PostMapping("/staff/{id}/assignments")
    String assign(
            @PathVariable UUID id,
            @ModelAttribute("assignment") AssignmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        administration.mayAdminister();
        if (binding.hasErrors()) {
            return detail(id, model, null);
        }
        try {
            administration.assign(
                    new StaffId(id),
                    form.getFunction() == null ? null : new FunctionId(form.getFunction()),
                    form.getValidFrom(),
                    form.getValidTo());
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            return detail(id, model, null);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
            return detail(id, model, null);
        }
        redirect.addFlashAttribute(OrganisationPages.SAVED, "organisation.saved.assignment");
        return "redirect:/organisation/staff/" + id;
    }

    @PostMapping("/assignments/{id}/end")
    String end(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
            @RequestParam long version,
            @RequestParam UUID staff,
            Model model,
            RedirectAttributes redirect) {
        StaffId staffId;
        try {
            staffId = administration.endAssignment(new AssignmentId(id), validTo, version);
        } catch (InvalidInputException e) {
            model.addAttribute("assignment", new AssignmentForm());
            return detail(staff, model, e);
        }
        redirect.addFlashAttribute(OrganisationPages.SAVED, "organisation.saved.assignment-ended");
        return "redirect:/organisation/staff/" + staffId;
    }

    private String detail(UUID id, Model model, InvalidInputException endRefused) {
        model.addAttribute("detail", administration.staffMember(new StaffId(id)));
        model.addAttribute("functions", administration.functions());
        model.addAttribute("today", LocalDate.now(clock));
        if (endRefused != null) {
            model.addAttribute("endErrors", endRefused.violations());
        }
        return DETAIL;
    }
}
