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
    private final org.springframework.transaction.support.TransactionTemplate transaction;

    ReminderScan(
            ConcernDeadlines deadlines,
            Reminders reminders,
            Clock clock,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.deadlines = deadlines;
        this.reminders = reminders;
        this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** What one scan did. */
    record Outcome(int written, int settled) {}

    /** Concerns per page of a scan: what one page holds in memory, and one transaction writes. */
    static final int PAGE = 500;

    /**
     * One scan over every municipality's open deadlines, a page of concerns at a time, each page in a
     * transaction of its own: at a million cases the open deadlines and the unsettled reminders do not fit
     * in the heap at once (docs/performance.md).
     */
    Outcome run() {
        return MunicipalityScope.asSystem(this::scan);
    }

    private Outcome scan() {
        Instant now = clock.instant();
        int written = 0;
        int settled = 0;
        UUID after = null;
        while (true) {
            UUID from = after;
            ConcernDeadlines.Page page = deadlines.openInEveryMunicipalityAfter(from, PAGE);
            // The last page (no concern left) reaches to the end, so that reminders of concerns no longer open
            // are settled too.
            UUID upTo = page.lastConcern();
            Outcome done = transaction.execute(tx -> scanPage(page.deadlines(), from, upTo, now));
            written += done.written();
            settled += done.settled();
            if (upTo == null) {
                break;
            }
            after = upTo;
        }
        if (written > 0 || settled > 0) {
            log.info("Reminder scan: {} written, {} settled", written, settled);
        }
        return new Outcome(written, settled);
    }

    /** The reminders of one page of concerns (ids after {@code from}, up to {@code upTo}). */
    private Outcome scanPage(List<OpenDeadline> open, UUID from, UUID upTo, Instant now) {
        List<Reminder> existing = reminders.ofConcernsBetween(from, upTo);
        Set<Key> written = new HashSet<>();
        for (Reminder r : existing) {
            written.add(new Key(r.concernId(), r.kind(), r.dueAt(), r.state()));
        }
        List<Reminder> added = new java.util.ArrayList<>();
        Set<Key> openKeys = new HashSet<>();
        for (OpenDeadline deadline : open) {
            openKeys.add(new Key(deadline.concernId(), deadline.kind(), deadline.dueAt()));
            DeadlineState state = deadline.stateAt(now);
            if (!ReminderRules.callsForReminder(state)
                    || written.contains(new Key(deadline.concernId(), deadline.kind(), deadline.dueAt(), state))) {
                continue;
            }
            Reminder reminder = new Reminder(
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
                    null);
            if (reminders.insertIfAbsent(reminder)) {
                added.add(reminder);
            }
        }
        // the ones written now count too: an overdue reminder settles the due-soon one of its deadline
        List<Reminder> unsettled = java.util.stream.Stream.concat(existing.stream(), added.stream())
                .filter(r -> r.settledAt() == null)
                .toList();
        return new Outcome(added.size(), reminders.settle(toSettle(unsettled, openKeys), now));
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

    /**
     * One deadline: a concern's clock of a kind, with its due time (renewed when the line returns); with a
     * state, one reminder of it (the reminder's unique key). Without, the state is null.
     */
    record Key(UUID concernId, DeadlineKind kind, Instant dueAt, DeadlineState state) {
        Key(UUID concernId, DeadlineKind kind, Instant dueAt) {
            this(concernId, kind, dueAt, null);
        }

        static Key of(Reminder r) {
            return new Key(r.concernId(), r.kind(), r.dueAt());
        }
    }
}
