package se.traden.casework;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;
import se.traden.shared.web.Forms;

/** Asking for emergency access to a case, and the group manager's review of such accesses. */
@Controller
class EmergencyAccessPages {
    private final EmergencyAccessService service;

    EmergencyAccessPages(EmergencyAccessService service) {
        this.service = service;
    }

    static class RequestForm {
        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    @GetMapping("/cases/{id}/nodatkomst")
    String form(@PathVariable UUID id, Model model) {
        if (!model.containsAttribute("emergency")) {
            model.addAttribute("emergency", new RequestForm());
        }
        return page(id, model);
    }

    @PostMapping("/cases/{id}/nodatkomst")
    String request(
            @PathVariable UUID id,
            @ModelAttribute("emergency") RequestForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.request(id, form.getReason());
            redirect.addFlashAttribute("emergencyGranted", true);
            return "redirect:/cases/" + id;
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return page(id, model);
    }

    private String page(UUID id, Model model) {
        model.addAttribute("reference", service.referenceFor(id));
        model.addAttribute("caseId", id);
        model.addAttribute("hours", service.lastsHours());
        return "casework/emergency-access";
    }

    @GetMapping("/cases/nodatkomst/granskning")
    String review(Model model) {
        model.addAttribute("list", service.forReview());
        model.addAttribute("zone", CasePageModel.ZONE);
        return "casework/emergency-review";
    }

    @PostMapping("/cases/nodatkomst/{accessId}/granskad")
    String reviewed(
            @PathVariable UUID accessId, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        service.review(accessId, note);
        redirect.addFlashAttribute("reviewed", true);
        return "redirect:/cases/nodatkomst/granskning";
    }
}
