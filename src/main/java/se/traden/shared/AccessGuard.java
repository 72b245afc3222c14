package se.traden.shared;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Deny by default, and write down every answer. Each use of personal data asks the guard first: it
 * names the functions allowed, and the guard either returns the function the actor acts in (after
 * logging the access) or logs the refusal and throws.
 */
@Component
public class AccessGuard {
    private final AccessLog accessLog;

    public AccessGuard(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    /** The person acting in this request. */
    public Actor actor() {
        return currentActor()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no acting person in this request"));
    }

    public static Optional<Actor> currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    /**
     * Allows the action when the actor holds one of the functions, logs it in the caller's transaction
     * and returns the function acted in; otherwise logs a denial and throws {@link AccessDeniedException}.
     */
    public FunctionType permit(AccessAction action, RecordRef record, FunctionType... allowed) {
        FunctionType actingAs = check(action, record, allowed);
        accessLog.record(actor(), actingAs, action, record);
        return actingAs;
    }

    /** Like {@link #permit} but writes nothing on success: for work on data that is not personal. */
    public FunctionType check(AccessAction action, RecordRef record, FunctionType... allowed) {
        Actor actor = actor();
        return actor.actingAs(allowed).orElseThrow(() -> {
            accessLog.denied(actor, action, record, "requires one of " + Arrays.toString(allowed));
            return new AccessDeniedException("function not held");
        });
    }

    /** Logs an access that has already been allowed by a rule the caller checked. */
    public void logAccess(FunctionType actingAs, AccessAction action, RecordRef record) {
        accessLog.record(actor(), actingAs, action, record);
    }

    /**
     * Logs a refusal decided by a rule of the caller's own (the actor holds an allowed function, but may
     * not take this step on this record) and returns the exception to throw, so that no refusal goes
     * unwritten.
     */
    public AccessDeniedException refused(AccessAction action, RecordRef record, String reason) {
        accessLog.denied(actor(), action, record, reason);
        return new AccessDeniedException(reason);
    }

    /**
     * Logs an attempt on a record that is not there for this actor and returns the exception to throw,
     * chosen so that the answer never tells whether the record exists: 404 to an actor holding one of
     * {@code seeingEvery} (they would see the record if it were there, so a refusal of theirs is never a
     * 403), and to everyone else the 403 they get on a record that is there but not theirs to see.
     */
    public RuntimeException missing(AccessAction action, RecordRef record, FunctionType... seeingEvery) {
        Actor actor = actor();
        if (actor.actingAs(seeingEvery).isPresent()) {
            return notFound(action, record);
        }
        String reason = "record not found in the actor's municipality; refused as one not theirs";
        accessLog.denied(actor, action, record, reason);
        return new AccessDeniedException(reason);
    }

    /**
     * Logs an attempt on a record that is not there for this actor (absent, or in another
     * municipality) and returns the exception to throw; the answer is the same in both cases.
     */
    public RecordNotFoundException notFound(AccessAction action, RecordRef record) {
        accessLog.denied(actor(), action, record, "record not found in the actor's municipality");
        return new RecordNotFoundException(record.type(), record.id());
    }
}
