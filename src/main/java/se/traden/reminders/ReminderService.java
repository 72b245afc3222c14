package se.traden.reminders;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.Actor;
import se.traden.shared.FunctionType;
import se.traden.shared.RecordRef;

/**
 * The reminders a function has to read. A reminder names a concern by its reference, so showing and
 * marking one is logged like any other look at a concern.
 */
@Service
class ReminderService {
    private final Reminders reminders;
    private final AccessGuard guard;
    private final Clock clock;

    ReminderService(Reminders reminders, AccessGuard guard, Clock clock) {
        this.reminders = reminders;
        this.guard = guard;
        this.clock = clock;
    }

    /** The acting function's reminders that still matter, unread first. */
    @Transactional
    List<Reminder> mine() {
        Actor actor = guard.actor();
        FunctionType actingAs =
                guard.permit(AccessAction.SEARCH, RecordRef.of("reminder-list", null), ReminderRules.READERS);
        return reminders.active(actor.municipalityId().value(), actingAs);
    }

    /** Marks a reminder read; one of another function or municipality is answered as missing. */
    @Transactional
    Reminder markRead(UUID id) {
        Actor actor = guard.actor();
        guard.check(AccessAction.UPDATE, RecordRef.of("reminder", id), ReminderRules.READERS);
        Reminder reminder = reminders
                .find(actor.municipalityId().value(), id)
                .filter(r -> actor.holds(r.addressedTo()))
                .orElseThrow(() -> guard.notFound(AccessAction.UPDATE, RecordRef.of("reminder", id)));
        reminders.markRead(actor.municipalityId().value(), id, actor.staffId().value(), clock.instant());
        guard.logAccess(reminder.addressedTo(), AccessAction.UPDATE, RecordRef.of("reminder", id));
        return reminders.find(actor.municipalityId().value(), id).orElseThrow();
    }

    /**
     * How many unread reminders wait for the coordinator function, for the start page. A count names
     * nobody, so it is not logged; empty when the person is not a coordinator.
     */
    @Transactional(readOnly = true)
    Optional<Long> unreadForCoordinator() {
        return AccessGuard.currentActor()
                .filter(actor -> actor.holds(FunctionType.INDIVIDUAL_COORDINATOR))
                .map(actor -> reminders.unread(actor.municipalityId().value(), FunctionType.INDIVIDUAL_COORDINATOR));
    }
}
