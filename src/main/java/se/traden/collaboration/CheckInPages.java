package se.traden.collaboration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.traden.shared.AccessGuard;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;
import se.traden.shared.web.Forms;

/** The check-ins of a case, and the list of overdue check-ins across cases. */
@Controller
class CheckInPages {
    private final CheckInService service;
    private final Clock clock;

    CheckInPages(CheckInService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GetMapping("/cases/{caseId}/check-ins")
    String page(@PathVariable UUID caseId, Model model) {
        model.addAttribute("checkInForm", CheckInForm.on(LocalDate.now(clock)));
        return show(caseId, model);
    }

    @PostMapping("/cases/{caseId}/check-ins")
    String record(
            @PathVariable UUID caseId,
            @ModelAttribute("checkInForm") CheckInForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.record(caseId, form.toInput());
            redirect.addFlashAttribute("notice", "check-in.notice.recorded");
            return "redirect:/cases/" + caseId + "/check-ins";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return show(caseId, model);
    }

    @GetMapping("/check-ins/overdue")
    String overdue(Model model) {
        model.addAttribute("rows", service.overdue());
        // Only the coordinator, who works the cases, sees the children's names and goes on to the case.
        model.addAttribute(
                "coordinator",
                AccessGuard.currentActor()
                        .map(a -> a.holds(FunctionType.INDIVIDUAL_COORDINATOR))
                        .orElse(false));
        return "collaboration/overdue-check-ins";
    }

    private String show(UUID caseId, Model model) {
        var log = service.log(caseId);
        model.addAttribute("header", log.header());
        model.addAttribute("checkIns", log.checkIns());
        model.addAttribute("due", log.due());
        model.addAttribute("zone", clock.getZone());
        return "collaboration/check-ins";
    }
}
