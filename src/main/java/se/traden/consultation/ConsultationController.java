package se.traden.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.traden.intake.ProblemArea;
import se.traden.shared.InvalidInputException;
import se.traden.shared.web.Forms;

/** The consultations page: the latest consultations and the form for a new one. */
@Controller
@RequestMapping("/consultations")
class ConsultationController {
    private final ConsultationService service;
    private final Clock clock;

    ConsultationController(ConsultationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @ModelAttribute("askerKinds")
    List<AskerKind> askerKinds() {
        return List.of(AskerKind.values());
    }

    @ModelAttribute("problemAreaChoices")
    List<ProblemArea> problemAreas() {
        return List.of(ProblemArea.values());
    }

    @GetMapping
    String page(Model model) {
        service.checkMayRecord();
        model.addAttribute("consultationForm", ConsultationForm.startingOn(LocalDate.now(clock)));
        model.addAttribute("consultations", service.recent());
        return "consultation/consultations";
    }

    @PostMapping
    String record(
            @ModelAttribute("consultationForm") ConsultationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.record(form.toCommand());
            redirect.addFlashAttribute("notice", "consultation.notice.recorded");
            return "redirect:/consultations";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        }
        model.addAttribute("consultations", service.recent());
        return "consultation/consultations";
    }
}
