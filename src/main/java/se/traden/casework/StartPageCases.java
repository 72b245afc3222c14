package se.traden.casework;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the number of unread follow-up reminders on the start pages, where the case manager begins the day. */
@ControllerAdvice(basePackages = "se.traden.start")
class StartPageCases {
    private final FollowUpService followUps;

    StartPageCases(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @ModelAttribute("unreadFollowUpReminders")
    Long unreadFollowUpReminders() {
        return followUps.unreadForCaseManager().orElse(null);
    }
}
