package se.traden.casework;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.traden.casework.CaseForms.FollowUpDoneForm;
import se.traden.shared.AccessGuard;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;
import se.traden.shared.web.Forms;

/**
 * The follow-ups of maintaining contacts: the list of those still to do with the case manager's
 * reminders, and the page where one is recorded as done.
 */
@Controller
class FollowUpPages {
    private static final String DONE_PAGE = "casework/follow-up-done";

    private final FollowUpService followUps;

    FollowUpPages(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @GetMapping("/cases/follow-ups")
    String list(Model model) {
        model.addAttribute("followUps", followUps.open());
        boolean caseManager = AccessGuard.currentActor()
                .flatMap(a -> a.actingAs(FunctionType.CASE_MANAGER, FunctionType.INDIVIDUAL_COORDINATOR))
                .filter(f -> f == FunctionType.CASE_MANAGER)
                .isPresent();
        model.addAttribute("caseManager", caseManager);
        if (caseManager) {
            model.addAttribute("reminders", followUps.reminders());
        }
        model.addAttribute("zone", CasePageModel.ZONE);
        return "casework/follow-ups";
    }

    @PostMapping("/cases/follow-up-reminders/{id}/read")
    String markRead(@PathVariable UUID id, RedirectAttributes redirect) {
        followUps.markRead(id);
        redirect.addFlashAttribute("notice", "cases.notice.reminder-read");
        return "redirect:/cases/follow-ups";
    }

    @GetMapping("/cases/{id}/follow-ups/{followUpId}/done")
    String donePage(@PathVariable UUID id, @PathVariable UUID followUpId, Model model) {
        var found = followUps.toRecord(id, followUpId);
        FollowUpDoneForm form = new FollowUpDoneForm();
        form.setVersion(found.followUp().version());
        model.addAttribute("followUpDoneForm", form);
        return render(found, model);
    }

    @PostMapping("/cases/{id}/follow-ups/{followUpId}/done")
    String done(
            @PathVariable UUID id,
            @PathVariable UUID followUpId,
            @ModelAttribute("followUpDoneForm") FollowUpDoneForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            followUps.recordDone(id, followUpId, form.version(), form.getNote());
            redirect.addFlashAttribute("notice", "cases.notice.follow-up-done");
            return "redirect:/cases/" + id + "#follow-ups";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return render(followUps.toRecord(id, followUpId), model);
    }

    private static String render(FollowUpService.ToRecord found, Model model) {
        model.addAttribute("c", found.collaborationCase());
        model.addAttribute("followUp", found.followUp());
        model.addAttribute("zone", CasePageModel.ZONE);
        return DONE_PAGE;
    }
}
