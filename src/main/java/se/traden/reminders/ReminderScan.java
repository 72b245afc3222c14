package se.traden.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.intake.ConcernDeadlines;
import se.traden.intake.DeadlineKind;
import se.traden.intake.DeadlineState;
import se.traden.intake.OpenDeadline;
import se.traden.shared.MunicipalityScope;

/**
 * Looks at every open deadline and writes a reminder for each one that has become due soon or
 * overdue, then settles the reminders whose deadline is no longer open. It reads no personal data:
 * only references, kinds and times. Safe to run at any time and more than once, also on two nodes at
 * the same moment: the reminder's unique key lets the second writer do nothing.
 */
@Service
class ReminderScan {
    private static final Logger log = LoggerFactory.getLogger(ReminderScan.class);

    private final ConcernDeadlines deadlines;
    private final Reminders reminders;
    private final Clock clock;

    ReminderScan(ConcernDeadlines deadlines, Reminders reminders, Clock clock) {
        this.deadlines = deadlines;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** What one scan did. */
    record Outcome(int written, int settled) {}

    /** One scan over every municipality's open deadlines. */
    @Transactional
    Outcome run() {
        return MunicipalityScope.asSystem(this::scan);
    }

    private Outcome scan() {
        Instant now = clock.instant();
        List<OpenDeadline> open = deadlines.openInEveryMunicipality();
        int written = 0;
        Set<Key> openKeys = new HashSet<>();
        for (OpenDeadline deadline : open) {
            openKeys.add(new Key(deadline.concernId(), deadline.kind(), deadline.dueAt()));
            DeadlineState state = deadline.stateAt(now);
            if (ReminderRules.callsForReminder(state)
                    && reminders.insertIfAbsent(new Reminder(
                            UUID.randomUUID(),
                            deadline.municipalityId(),
                            deadline.concernId(),
                            deadline.reference(),
                            deadline.kind(),
                            state,
                            deadline.dueAt(),
                            ReminderRules.addressee(deadline.route(), deadline.kind()),
                            now,
                            null,
                            null))) {
                written++;
            }
        }
        int settled = reminders.settle(toSettle(reminders.unsettled(), openKeys), now);
        if (written > 0 || settled > 0) {
            log.info("Reminder scan: {} written, {} settled", written, settled);
        }
        return new Outcome(written, settled);
    }

    /**
     * A reminder is settled when its deadline is no longer open (met, or the concern decided), and a
     * due-soon reminder also when the overdue one of the same deadline has been written.
     */
    static Set<UUID> toSettle(List<Reminder> unsettled, Set<Key> open) {
        Set<Key> overdue = new HashSet<>();
        for (Reminder r : unsettled) {
            if (r.state() == DeadlineState.OVERDUE) {
                overdue.add(Key.of(r));
            }
        }
        Set<UUID> settle = new HashSet<>();
        for (Reminder r : unsettled) {
            Key key = Key.of(r);
            if (!open.contains(key) || r.state() == DeadlineState.DUE_SOON && overdue.contains(key)) {
                settle.add(r.id());
            }
        }
        return settle;
    }

    /** One deadline: a concern's clock of a kind, with its due time (renewed when the line returns). */
    record Key(UUID concernId, DeadlineKind kind, Instant dueAt) {
        static Key of(Reminder r) {
            return new Key(r.concernId(), r.kind(), r.dueAt());
        }
    }
}
