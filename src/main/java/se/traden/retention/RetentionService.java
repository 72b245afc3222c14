package se.traden.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.Actor;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RecordRef;
import se.traden.shared.RuleViolationException;

/**
 * What people do with retention: read the rules, the holds and the runs' reports; the administrator
 * changes a rule; the coordinator, the group manager and the administrator place and release holds; and
 * any of them asks what a run would thin on a day (a dry run, counts only). Rules, holds and reports hold
 * no personal data, so reading them is not logged (refusals are); every change is.
 */
@Service
class RetentionService {
    static final String OVERVIEW = "retention";
    static final String HOLD = "retention-hold";
    static final int LATEST_RUNS = 10;
    /** How far ahead a dry run may look. */
    static final int PREVIEW_YEARS = 100;

    private final RetentionRules rules;
    private final Holds holds;
    private final RetentionRuns runs;
    private final RetentionJob job;
    private final AccessGuard guard;
    private final Clock clock;

    RetentionService(
            RetentionRules rules, Holds holds, RetentionRuns runs, RetentionJob job, AccessGuard guard, Clock clock) {
        this.rules = rules;
        this.holds = holds;
        this.runs = runs;
        this.job = job;
        this.guard = guard;
        this.clock = clock;
    }

    /** The retention page: rules, active holds, the last run, and what the reader may change. */
    record Overview(
            List<RetentionRule> rules,
            List<Hold> holds,
            Optional<RunReport> lastRun,
            boolean mayChangeRules,
            boolean mayKeepHolds) {}

    @Transactional(readOnly = true)
    Overview overview() {
        Actor actor = mayRead(AccessAction.READ, RecordRef.of(OVERVIEW, null));
        UUID m = actor.municipalityId().value();
        return new Overview(
                rules.all(m),
                holds.active(m),
                runs.latest(m, 1).stream().findFirst(),
                actor.actingAs(RetentionAccess.RULE_EDITORS).isPresent(),
                actor.actingAs(RetentionAccess.HOLD_KEEPERS).isPresent());
    }

    @Transactional(readOnly = true)
    List<RetentionRule> rules() {
        return rules.all(mayRead(AccessAction.READ, RecordRef.of(RetentionRules.RECORD, null))
                .municipalityId()
                .value());
    }

    @Transactional(readOnly = true)
    RetentionRule rule(RecordType type) {
        return rules.of(
                mayRead(AccessAction.READ, RecordRef.of(RetentionRules.RECORD, type))
                        .municipalityId()
                        .value(),
                type);
    }

    /** The rule as its editor starts from; refuses readers who may not change it. */
    @Transactional(readOnly = true)
    RetentionRule ruleForChange(RecordType type) {
        guard.check(AccessAction.UPDATE, RecordRef.of(RetentionRules.RECORD, type), RetentionAccess.RULE_EDITORS);
        return rules.of(guard.actor().municipalityId().value(), type);
    }

    @Transactional
    RetentionRule changeRule(RecordType type, long version, RetentionRule.Change change) {
        RecordRef ref = RecordRef.of(RetentionRules.RECORD, type);
        FunctionType actingAs = guard.check(AccessAction.UPDATE, ref, RetentionAccess.RULE_EDITORS);
        Actor actor = guard.actor();
        UUID m = actor.municipalityId().value();
        RetentionRule current = rules.of(m, type);
        if (current.version() != version) {
            throw new ConcurrentEditException(RetentionRules.RECORD, type, version);
        }
        RetentionRule changed = current.change(change, actor.staffId().value(), clock.instant());
        rules.save(m, changed);
        guard.logAccess(actingAs, AccessAction.UPDATE, ref);
        return rules.of(m, type);
    }

    @Transactional(readOnly = true)
    List<RunReport> latestRuns() {
        return runs.latest(
                mayRead(AccessAction.READ, RecordRef.of("retention-run", null))
                        .municipalityId()
                        .value(),
                LATEST_RUNS);
    }

    /** What a run would thin on the given day (today when none): counts only, and nothing changes. */
    RunReport dryRun(LocalDate day) {
        Actor actor = mayRead(AccessAction.READ, RecordRef.of("retention-dry-run", day));
        LocalDate today = LocalDate.now(clock);
        if (day != null && (day.isBefore(today) || day.isAfter(today.plusYears(PREVIEW_YEARS)))) {
            throw InvalidInputException.of("asOf", "retention.as-of-out-of-range", PREVIEW_YEARS);
        }
        Instant asOf = day == null || day.equals(today)
                ? clock.instant()
                : day.atStartOfDay(clock.getZone()).toInstant();
        return job.run(actor.municipalityId().value(), asOf, true);
    }

    /** Refuses, and logs the refusal, when the acting person may not read retention. */
    void checkMayRead() {
        guard.check(AccessAction.READ, RecordRef.of(OVERVIEW, null), RetentionAccess.READERS);
    }

    @Transactional(readOnly = true)
    List<Hold> holds() {
        return holds.active(mayRead(AccessAction.READ, RecordRef.of(HOLD, null))
                .municipalityId()
                .value());
    }

    /** Refuses, and logs the refusal, when the acting person may not place holds. */
    void checkMayKeepHolds() {
        guard.check(AccessAction.CREATE, RecordRef.of(HOLD, null), RetentionAccess.HOLD_KEEPERS);
    }

    @Transactional
    Hold placeHold(Hold.Request request) {
        FunctionType actingAs =
                guard.check(AccessAction.CREATE, RecordRef.of(HOLD, null), RetentionAccess.HOLD_KEEPERS);
        Actor actor = guard.actor();
        UUID m = actor.municipalityId().value();
        String reason = Hold.checked(request, LocalDate.now(clock));
        Holds.Target target = holds.target(m, request.recordType(), request.reference())
                .orElseThrow(() -> InvalidInputException.of("reference", "retention.reference-not-found"));
        Hold hold = Hold.place(
                m,
                request.recordType(),
                target.id(),
                target.reference(),
                reason,
                actor.staffId().value(),
                actingAs,
                clock.instant());
        if (!holds.insert(hold)) {
            throw new RuleViolationException("retention.already-held", "reference", null, target.reference());
        }
        guard.logAccess(actingAs, AccessAction.CREATE, RecordRef.ofPerson(HOLD, hold.id(), target.personId()));
        return hold;
    }

    @Transactional
    Hold releaseHold(UUID id, long version) {
        RecordRef ref = RecordRef.of(HOLD, id);
        FunctionType actingAs = guard.check(AccessAction.UPDATE, ref, RetentionAccess.HOLD_KEEPERS);
        UUID m = guard.actor().municipalityId().value();
        Hold hold = holds.find(m, id).orElseThrow(() -> guard.notFound(AccessAction.UPDATE, ref));
        if (hold.version() != version) {
            throw new ConcurrentEditException(HOLD, id, version);
        }
        Hold released = hold.release(version, actingAs, clock.instant());
        if (!holds.release(released, guard.actor().staffId().value())) {
            throw new ConcurrentEditException(HOLD, id, version);
        }
        guard.logAccess(actingAs, AccessAction.UPDATE, ref);
        return released;
    }

    private Actor mayRead(AccessAction action, RecordRef ref) {
        guard.check(action, ref, RetentionAccess.READERS);
        return guard.actor();
    }
}
