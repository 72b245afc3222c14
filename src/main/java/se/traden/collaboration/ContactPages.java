package se.traden.collaboration;

import java.time.Clock;
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
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;
import se.traden.shared.web.Forms;

/** The contacts page of a case: the intensity per week as a chart and a table, the log, a new contact. */
@Controller
@RequestMapping("/cases/{caseId}/contacts")
class ContactPages {
    private final ContactService service;
    private final Clock clock;

    ContactPages(ContactService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @ModelAttribute("contactKinds")
    List<String> kinds() {
        return java.util.Arrays.stream(ContactKind.values()).map(Enum::name).toList();
    }

    @ModelAttribute("contactParties")
    List<String> parties() {
        return java.util.Arrays.stream(ContactParty.values()).map(Enum::name).toList();
    }

    @GetMapping
    String page(@PathVariable UUID caseId, Model model) {
        model.addAttribute("contactForm", ContactForm.now(clock));
        return show(caseId, model);
    }

    @PostMapping
    String record(
            @PathVariable UUID caseId,
            @ModelAttribute("contactForm") ContactForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (form.personIdMalformed()) {
                throw InvalidInputException.of("personId", "malformed");
            }
            service.record(caseId, form.toInput(clock));
            redirect.addFlashAttribute("notice", "contact.notice.recorded");
            return "redirect:/cases/" + caseId + "/contacts";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return show(caseId, model);
    }

    private String show(UUID caseId, Model model) {
        var log = service.log(caseId);
        model.addAttribute("header", log.header());
        model.addAttribute("contacts", log.latest());
        model.addAttribute("intensity", log.intensity());
        model.addAttribute("chart", log.intensity().chart());
        model.addAttribute("zone", clock.getZone());
        return "collaboration/contacts";
    }
}
