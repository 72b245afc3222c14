package se.traden.handover;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.traden.shared.InvalidInputException;
import se.traden.shared.web.Forms;

/** The handover page: what the person holds, to whom it goes, and a confirmation. */
@Controller
class HandoverPages {
    private final HandoverService service;

    HandoverPages(HandoverService service) {
        this.service = service;
    }

    public static class HandoverForm {
        private String successorId;
        private String reason;
        private boolean endFunctions = true;

        public String getSuccessorId() {
            return successorId;
        }

        public void setSuccessorId(String successorId) {
            this.successorId = successorId;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public boolean isEndFunctions() {
            return endFunctions;
        }

        public void setEndFunctions(boolean endFunctions) {
            this.endFunctions = endFunctions;
        }

        UUID successor() {
            if (successorId == null || successorId.isBlank()) {
                return null;
            }
            try {
                return UUID.fromString(successorId.strip());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("successorId", "malformed");
            }
        }
    }

    @GetMapping("/organisation/staff/{id}/overlamning")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("holdings", service.holdings(id));
        if (!model.containsAttribute("handover")) {
            model.addAttribute("handover", new HandoverForm());
        }
        return "handover/handover";
    }

    @PostMapping("/organisation/staff/{id}/overlamning")
    String handOver(
            @PathVariable UUID id,
            @ModelAttribute("handover") HandoverForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute(
                    "handedOver", service.handOver(id, form.successor(), form.getReason(), form.isEndFunctions()));
            return "redirect:/organisation/staff/" + id + "/overlamning";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            model.addAttribute("holdings", service.holdings(id));
            return "handover/handover";
        }
    }
}
