package se.traden.reminders;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The deadline list and the reminders in the browser. */
@Controller
class RemindersController {
    private final DeadlineList deadlines;
    private final ReminderService reminders;
    private final Clock clock;

    RemindersController(DeadlineList deadlines, ReminderService reminders, Clock clock) {
        this.deadlines = deadlines;
        this.reminders = reminders;
        this.clock = clock;
    }

    @GetMapping("/deadlines")
    String deadlines(Model model) {
        model.addAttribute("rows", deadlines.rows());
        model.addAttribute("zone", clock.getZone());
        return "reminders/deadlines";
    }

    @GetMapping("/reminders")
    String reminders(Model model) {
        model.addAttribute("reminders", reminders.mine());
        model.addAttribute("zone", clock.getZone());
        return "reminders/reminders";
    }

    @PostMapping("/reminders/{id}/read")
    String markRead(@PathVariable UUID id, RedirectAttributes redirect) {
        reminders.markRead(id);
        redirect.addFlashAttribute("notice", "reminders.notice.marked-read");
        return "redirect:/reminders";
    }
}
