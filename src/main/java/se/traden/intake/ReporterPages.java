package se.traden.intake;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.traden.shared.InvalidInputException;
import se.traden.shared.web.Forms;

/**
 * The reporter's pages: raise a concern, get a receipt with its reference, and follow the feedback on
 * what one has raised, and nothing more about the child.
 */
@Controller
@RequestMapping("/concerns")
class ReporterPages {
    private static final String FORM = "intake/new";
    private static final int YEARS_OFFERED = 25;

    private final ConcernService concerns;
    private final Clock clock;

    ReporterPages(ConcernService concerns, Clock clock) {
        this.concerns = concerns;
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return ConcernPageModel.ZONE;
    }

    @GetMapping("/new")
    String newConcern(Model model) {
        model.addAttribute("concernForm", NewConcernForm.of(concerns.draft()));
        return form(model);
    }

    @PostMapping("/new")
    String raise(@ModelAttribute("concernForm") NewConcernForm form, BindingResult binding, Model model) {
        try {
            Concern concern = concerns.raise(form.command());
            return "redirect:/concerns/" + concern.id() + "/receipt";
        } catch (InvalidInputException e) {
            Forms.reject(binding, ConcernForms.inPageOrder(e, NewConcernForm.FIELDS));
            return form(model);
        }
    }

    @GetMapping("/{id}/receipt")
    String receipt(@PathVariable UUID id, Model model) {
        model.addAttribute("receipt", concerns.receipt(id));
        return "intake/receipt";
    }

    @GetMapping("/mine")
    String mine(Model model) {
        model.addAttribute("concerns", concerns.raisedByMe());
        // Feedback is shown line by line as written; empty lines between paragraphs fall away.
        model.addAttribute("lineBreaks", "\r\n");
        return "intake/mine";
    }

    private String form(Model model) {
        int year = Year.now(clock.withZone(ConcernPageModel.ZONE)).getValue();
        List<Integer> years = IntStream.rangeClosed(0, YEARS_OFFERED)
                .mapToObj(back -> year - back)
                .toList();
        model.addAttribute("birthYears", years);
        model.addAttribute("problemAreas", ProblemArea.values());
        model.addAttribute("mandatoryReports", MandatoryReport.values());
        return FORM;
    }
}
