package se.traden.audit;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.FunctionType;
import se.traden.shared.RecordRef;

/**
 * The follow-up of the access log: searching it and verifying its chain, for the log auditor and the
 * group manager of the municipality. The log names persons, so reading it is itself logged; every
 * other function is refused, and the refusal logged.
 */
@Service
class AccessLogReview {
    static final String RECORD_TYPE = "access_log";
    private static final FunctionType[] REVIEWERS = {FunctionType.LOG_AUDITOR, FunctionType.GROUP_MANAGER};

    private final AccessGuard guard;
    private final AccessLogEntries entries;
    private final AccessLogVerifier verifier;
    private final Clock clock;

    AccessLogReview(AccessGuard guard, AccessLogEntries entries, AccessLogVerifier verifier, Clock clock) {
        this.guard = guard;
        this.entries = entries;
        this.verifier = verifier;
        this.clock = clock;
    }

    /** Refuses (and logs the refusal) unless the actor may review; shows nothing, so logs nothing else. */
    void mayReview() {
        guard.check(AccessAction.SEARCH, RecordRef.of(RECORD_TYPE, null), REVIEWERS);
    }

    @Transactional
    AccessLogPage search(AccessLogQuery query) {
        guard.permit(
                AccessAction.SEARCH, RecordRef.ofPerson(RECORD_TYPE, query.describe(), query.personId()), REVIEWERS);
        return entries.search(guard.actor().municipalityId().value(), query, zone());
    }

    /** Walks the municipality's whole chain; the run is logged, since it reads every entry. */
    @Transactional
    AccessLogVerification verify() {
        guard.permit(AccessAction.READ, RecordRef.of(RECORD_TYPE, "verification"), REVIEWERS);
        return verifier.verify(guard.actor().municipalityId().value());
    }

    ZoneId zone() {
        return clock.getZone();
    }
}
