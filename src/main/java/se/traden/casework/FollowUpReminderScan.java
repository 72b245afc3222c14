package se.traden.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.shared.MunicipalityScope;

/**
 * Looks at every follow-up still to do on a maintained case and writes a reminder when it has become
 * due, and again when it is overdue; then settles the reminders that no longer matter. It reads no
 * personal data: references and dates. Safe to run at any time and more than once, also on two nodes at
 * once: the reminder's unique key lets the second writer do nothing.
 */
@Service
class FollowUpReminderScan {
    private static final Logger log = LoggerFactory.getLogger(FollowUpReminderScan.class);

    private final FollowUps followUps;
    private final Clock clock;
    private final CaseworkProperties properties;

    FollowUpReminderScan(FollowUps followUps, Clock clock, CaseworkProperties properties) {
        this.followUps = followUps;
        this.clock = clock;
        this.properties = properties;
    }

    /** What one scan did. */
    record Outcome(int written, int settled) {}

    /** One scan over every municipality's open follow-ups. */
    @Transactional
    Outcome run() {
        return MunicipalityScope.asSystem(this::scan);
    }

    private Outcome scan() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        int written = 0;
        for (FollowUps.Row row : followUps.openInEveryMunicipality()) {
            // Only follow-ups of maintained cases are read here.
            FollowUpState state =
                    row.followUp().stateOn(today, properties.followUpRemindDaysBefore(), CaseStatus.MAINTENANCE);
            if ((state == FollowUpState.DUE || state == FollowUpState.OVERDUE)
                    && followUps.remindIfAbsent(row.followUp(), row.caseReference(), state, now)) {
                written++;
            }
        }
        int settled = followUps.settleStale(now);
        if (written > 0 || settled > 0) {
            log.info("Follow-up reminder scan: {} written, {} settled", written, settled);
        }
        return new Outcome(written, settled);
    }
}
