package se.traden.casework;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.traden.shared.AccessGuard;

/**
 * The case's one history, for the work other modules keep (a contact, a plan revision, a consent): a
 * line is appended in the caller's transaction, with who acted in which function and when. The caller
 * has asked {@link CaseAccess} first and passes the answer it got. A line changes nothing of the case's
 * own state, so it does not count as an edit of the case (its version stays).
 */
@Component
public class CaseHistory {
    private final Cases cases;
    private final AccessGuard guard;
    private final Clock clock;

    CaseHistory(Cases cases, AccessGuard guard, Clock clock) {
        this.cases = cases;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * Appends one line. {@code type} names the event (its label is the message key {@code case-event.TYPE}
     * in the module's bundle); details are short values, shown under their key {@code case-detail.KEY}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(CaseAccess.CaseRef ref, String type, String reason, Map<String, Object> details) {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("a history line has a type");
        }
        cases.appendEvent(
                ref.municipalityId(),
                ref.caseId(),
                new CaseEvent(
                        type,
                        clock.instant(),
                        guard.actor().staffId().value(),
                        ref.actingAs() == null ? null : ref.actingAs().name(),
                        reason,
                        details));
    }
}
