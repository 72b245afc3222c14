package se.traden.shared.web;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.UUID;

/**
 * A step that cannot be undone (a decision, a closure, a withdrawal) is reviewed on a page of its own
 * before it is stored. The review page is reached by a redirect after the form is checked
 * (post/redirect/get), so that the browser's back button returns to it without sending the form again;
 * the checked form waits in the person's session meanwhile. Once the step is done, or the record has
 * moved on, the review's address leads back to where the step is taken.
 */
public final class Reviews {
    private static final String PREFIX = Reviews.class.getName() + ".";

    private Reviews() {}

    /** Keeps the checked form for its review page and returns the redirect there. */
    public static String keep(HttpSession session, String step, UUID record, Object form, String reviewPath) {
        session.setAttribute(key(step, record), form);
        return "redirect:" + reviewPath;
    }

    /** The form waiting for review of this step on this record, if any. */
    public static <T> Optional<T> pending(HttpSession session, String step, UUID record, Class<T> type) {
        Object form = session.getAttribute(key(step, record));
        return type.isInstance(form) ? Optional.of(type.cast(form)) : Optional.empty();
    }

    /** The step is done (or no longer possible): its review is over. */
    public static void done(HttpSession session, String step, UUID record) {
        session.removeAttribute(key(step, record));
    }

    private static String key(String step, UUID record) {
        return PREFIX + step + "." + record;
    }
}
