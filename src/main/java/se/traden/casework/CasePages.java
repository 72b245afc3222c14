package se.traden.casework;

import jakarta.servlet.http.HttpSession;
import java.util.List;
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
import se.traden.casework.CaseForms.ClosureForm;
import se.traden.casework.CaseForms.EndMaintenanceForm;
import se.traden.casework.CaseForms.FollowUpForm;
import se.traden.casework.CaseForms.IntensityForm;
import se.traden.casework.CaseForms.PhaseForm;
import se.traden.casework.CaseForms.ReassignForm;
import se.traden.shared.AccessGuard;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;
import se.traden.shared.web.Forms;
import se.traden.shared.web.Reviews;

/**
 * The case list of the acting function and the case page with a form for each step: each its own post
 * and transaction with the version the person started from; a refused step comes back on the page with
 * what was typed. Closing is confirmed on a page of its own first.
 */
@Controller
@RequestMapping("/cases")
class CasePages {
    private static final String CLOSURE_STEP = "case-closure";
    private static final String MAINTENANCE_END_STEP = "case-maintenance-end";

    private final CaseService cases;
    private final CasePageModel pageModel;
    private final FollowUpService followUps;

    CasePages(CaseService cases, CasePageModel pageModel, FollowUpService followUps) {
        this.cases = cases;
        this.pageModel = pageModel;
        this.followUps = followUps;
    }

    @GetMapping
    String list(Model model) {
        List<CaseSummary> found = cases.list();
        FunctionType actingAs = AccessGuard.currentActor()
                .flatMap(a -> a.actingAs(
                        FunctionType.INDIVIDUAL_COORDINATOR, FunctionType.CASE_MANAGER, FunctionType.GROUP_MANAGER))
                .orElseThrow();
        model.addAttribute("cases", found);
        model.addAttribute("actingAs", actingAs);
        model.addAttribute("zone", CasePageModel.ZONE);
        if (actingAs == FunctionType.GROUP_MANAGER) {
            model.addAttribute("workload", Workload.of(found));
            return "casework/workload";
        }
        return "casework/cases";
    }

    @GetMapping("/{id}")
    String page(@PathVariable UUID id, Model model, Locale locale) {
        return pageModel.render(id, model, locale);
    }

    @GetMapping("/{id}/summary")
    String summary(@PathVariable UUID id, Model model, Locale locale) {
        return pageModel.summary(id, model, locale);
    }

    @PostMapping("/{id}/phase")
    String phase(
            @PathVariable UUID id,
            @ModelAttribute("phaseForm") PhaseForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return step(
                id,
                binding,
                model,
                locale,
                redirect,
                "cases.notice.phase-changed",
                List.of("phase", "reason"),
                () -> cases.movePhase(id, form.version(), form.phaseValue(), form.getReason()));
    }

    @PostMapping("/{id}/intensity")
    String intensity(
            @PathVariable UUID id,
            @ModelAttribute("intensityForm") IntensityForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return step(
                id,
                binding,
                model,
                locale,
                redirect,
                "cases.notice.intensity-changed",
                List.of("reason"),
                () -> cases.setIntensity(id, form.version(), form.intensiveValue(), form.getReason()));
    }

    /** The first step of closing: checks everything as the closure would and shows what will happen. */
    @PostMapping("/{id}/closure/confirm")
    String confirmClosure(
            @PathVariable UUID id,
            @ModelAttribute("closureForm") ClosureForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            HttpSession session) {
        try {
            cases.checkClosure(id, form.version(), form.maintainUntilValue(), form.getReason());
            return Reviews.keep(session, CLOSURE_STEP, id, form, "/cases/" + id + "/closure/review");
        } catch (InvalidInputException e) {
            Forms.reject(
                    binding, CaseForms.inOrder(e, List.of("goals", "difficultiesPlan", "maintainUntil", "reason")));
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return pageModel.render(id, model, locale);
    }

    /**
     * The checked closure, to be confirmed. Reached again with the back button once the case is closed,
     * it leads to the case page.
     */
    @GetMapping("/{id}/closure/review")
    String reviewClosure(@PathVariable UUID id, Model model, HttpSession session) {
        ClosureForm form =
                Reviews.pending(session, CLOSURE_STEP, id, ClosureForm.class).orElse(null);
        if (form == null) {
            return "redirect:/cases/" + id;
        }
        try {
            CollaborationCase c = cases.checkClosure(id, form.version(), form.maintainUntilValue(), form.getReason());
            model.addAttribute("c", c);
            model.addAttribute("closureForm", form);
            return "casework/confirm-closure";
        } catch (InvalidInputException | RuleViolationException e) {
            Reviews.done(session, CLOSURE_STEP, id);
            return "redirect:/cases/" + id;
        }
    }

    /** Back from the confirmation to the case page, with everything as it was typed. */
    @PostMapping("/{id}/closure/edit")
    String editClosure(
            @PathVariable UUID id, @ModelAttribute("closureForm") ClosureForm form, Model model, Locale locale) {
        return pageModel.render(id, model, locale);
    }

    @PostMapping("/{id}/closure")
    String close(
            @PathVariable UUID id,
            @ModelAttribute("closureForm") ClosureForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpSession session) {
        Reviews.done(session, CLOSURE_STEP, id);
        return step(
                id,
                binding,
                model,
                locale,
                redirect,
                form.maintains() ? "cases.notice.closed-maintaining" : "cases.notice.closed",
                List.of("goals", "difficultiesPlan", "maintainUntil", "reason"),
                () -> cases.close(id, form.version(), form.maintainUntilValue(), form.getReason()));
    }

    /** The first step of ending the maintaining contact: checked, then shown for confirmation. */
    @PostMapping("/{id}/maintenance-end/confirm")
    String confirmEndMaintenance(
            @PathVariable UUID id,
            @ModelAttribute("endMaintenanceForm") EndMaintenanceForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            HttpSession session) {
        try {
            cases.checkEndMaintenance(id, form.version(), form.getReason());
            return Reviews.keep(session, MAINTENANCE_END_STEP, id, form, "/cases/" + id + "/maintenance-end/review");
        } catch (InvalidInputException e) {
            Forms.reject(binding, CaseForms.inOrder(e, List.of("reason")));
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return pageModel.render(id, model, locale);
    }

    /** The checked end of the maintaining contact, to be confirmed; once done, it leads to the case. */
    @GetMapping("/{id}/maintenance-end/review")
    String reviewEndMaintenance(@PathVariable UUID id, Model model, HttpSession session) {
        EndMaintenanceForm form = Reviews.pending(session, MAINTENANCE_END_STEP, id, EndMaintenanceForm.class)
                .orElse(null);
        if (form == null) {
            return "redirect:/cases/" + id;
        }
        try {
            model.addAttribute("c", cases.checkEndMaintenance(id, form.version(), form.getReason()));
            model.addAttribute("endMaintenanceForm", form);
            return "casework/confirm-maintenance-end";
        } catch (InvalidInputException | RuleViolationException e) {
            Reviews.done(session, MAINTENANCE_END_STEP, id);
            return "redirect:/cases/" + id;
        }
    }

    /** Back from the confirmation to the case page, with the reason as it was typed. */
    @PostMapping("/{id}/maintenance-end/edit")
    String editEndMaintenance(
            @PathVariable UUID id,
            @ModelAttribute("endMaintenanceForm") EndMaintenanceForm form,
            Model model,
            Locale locale) {
        return pageModel.render(id, model, locale);
    }

    @PostMapping("/{id}/maintenance-end")
    String endMaintenance(
            @PathVariable UUID id,
            @ModelAttribute("endMaintenanceForm") EndMaintenanceForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpSession session) {
        Reviews.done(session, MAINTENANCE_END_STEP, id);
        return step(
                id,
                binding,
                model,
                locale,
                redirect,
                "cases.notice.maintenance-ended",
                List.of("reason"),
                () -> cases.endMaintenance(id, form.version(), form.getReason()));
    }

    @PostMapping("/{id}/reassignment")
    String reassign(
            @PathVariable UUID id,
            @ModelAttribute("reassignForm") ReassignForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return step(
                id,
                binding,
                model,
                locale,
                redirect,
                "cases.notice.reassigned",
                List.of("caseManagerId", "reason"),
                () -> cases.reassign(id, form.version(), form.caseManager(), form.getReason()));
    }

    @PostMapping("/{id}/follow-ups")
    String scheduleFollowUp(
            @PathVariable UUID id,
            @ModelAttribute("followUpForm") FollowUpForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return step(
                id,
                binding,
                model,
                locale,
                redirect,
                "cases.notice.follow-up-scheduled",
                List.of("dueOn", "what"),
                () -> followUps.schedule(id, form.dueOnValue(), form.getWhat()));
    }

    /**
     * Takes one step and goes back to the case (post, redirect, get); when the case refuses the input,
     * shows the page again with the errors on the form that was sent.
     */
    private String step(
            UUID id,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            String notice,
            List<String> fieldOrder,
            Runnable command) {
        try {
            command.run();
        } catch (InvalidInputException e) {
            Forms.reject(binding, CaseForms.inOrder(e, fieldOrder));
            return pageModel.render(id, model, locale);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
            return pageModel.render(id, model, locale);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/cases/" + id;
    }
}
