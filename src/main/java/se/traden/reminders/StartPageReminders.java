package se.traden.reminders;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the number of unread reminders on the start pages, where the coordinator begins the day. */
@ControllerAdvice(basePackages = "se.traden.start")
class StartPageReminders {
    private final ReminderService reminders;

    StartPageReminders(ReminderService reminders) {
        this.reminders = reminders;
    }

    @ModelAttribute("unreadReminders")
    Long unreadReminders() {
        return reminders.unreadForCoordinator().orElse(null);
    }
}
