package se.traden.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.traden.retention.RetentionPolicy.Verdict;
import se.traden.shared.MunicipalityId;
import se.traden.shared.MunicipalityScope;

/**
 * The thinning job: for each kind of record whose rule is on, finds what is due, keeps what an exception
 * keeps, and thins the rest, each unit in a transaction of its own with its access-log entries, so that
 * one unit that fails leaves the others done. A dry run judges the same way and changes nothing. The
 * report (counts only, never content) is stored for a real run.
 */
@Service
class RetentionJob {
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    /** Settled reminders are deleted in batches of this size, each batch in its own transaction. */
    static final int REMINDER_BATCH = 500;

    private final RetentionRules rules;
    private final RetentionFiles files;
    private final RetentionRuns runs;
    private final Thinner thinner;
    private final se.traden.organisation.OrganisationQueries organisation;
    private final Clock clock;
    private final TransactionTemplate transaction;

    RetentionJob(
            RetentionRules rules,
            RetentionFiles files,
            RetentionRuns runs,
            Thinner thinner,
            se.traden.organisation.OrganisationQueries organisation,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.rules = rules;
        this.files = files;
        this.runs = runs;
        this.thinner = thinner;
        this.organisation = organisation;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The scheduled run: every municipality, judged against now. */
    List<RunReport> runEverywhere() {
        List<RunReport> reports = new ArrayList<>();
        for (UUID municipality : organisation.municipalityIds()) {
            reports.add(run(municipality, clock.instant(), false));
        }
        return reports;
    }

    /** Runs (or, with {@code dryRun}, only judges) the municipality's rules against the moment {@code asOf}. */
    RunReport run(UUID municipality, Instant asOf, boolean dryRun) {
        return MunicipalityScope.within(new MunicipalityId(municipality), () -> runWithin(municipality, asOf, dryRun));
    }

    private RunReport runWithin(UUID municipality, Instant asOf, boolean dryRun) {
        UUID id = dryRun ? null : UUID.randomUUID();
        Instant started = clock.instant();
        if (!dryRun) {
            transaction.executeWithoutResult(status -> runs.start(id, municipality, asOf, started));
        }
        ZoneId zone = clock.getZone();
        List<TypeCount> counts = new ArrayList<>();
        RunReport.Outcome outcome = RunReport.Outcome.COMPLETED;
        for (RetentionRule rule : rules.all(municipality)) {
            TypeCount.Tally tally = new TypeCount.Tally(rule.type(), rule.enabled());
            try {
                if (rule.enabled()) {
                    Pass pass = new Pass(municipality, id, rule, asOf, zone, dryRun, tally);
                    switch (rule.type()) {
                        case CLOSED_CASE, DECIDED_CONCERN -> pass.childFiles();
                        case UNIDENTIFIED_CONCERN -> pass.unidentifiedConcerns();
                        case CONSULTATION -> pass.consultations();
                        case SETTLED_REMINDER -> pass.settledReminders();
                    }
                }
            } catch (RuntimeException e) {
                // A rule whose pass breaks leaves the other rules to run; the run is reported as failed.
                log.error("Retention: the pass of {} in municipality {} failed", rule.type(), municipality, e);
                outcome = RunReport.Outcome.FAILED;
            }
            counts.add(tally.count());
        }
        RunReport report = new RunReport(id, municipality, asOf, started, clock.instant(), dryRun, outcome, counts);
        if (!dryRun) {
            transaction.executeWithoutResult(status -> runs.finish(report));
            if (report.thinned() > 0 || outcome == RunReport.Outcome.FAILED) {
                log.info(
                        "Retention run {} in municipality {}: {} thinned, {}",
                        id,
                        municipality,
                        report.thinned(),
                        outcome);
            }
        }
        return report;
    }

    /** One rule's pass over its records. */
    private final class Pass {
        private final UUID municipality;
        private final UUID run;
        private final RetentionRule rule;
        private final Instant asOf;
        private final ZoneId zone;
        private final boolean dryRun;
        private final TypeCount.Tally tally;
        private final String reason;

        Pass(
                UUID municipality,
                UUID run,
                RetentionRule rule,
                Instant asOf,
                ZoneId zone,
                boolean dryRun,
                TypeCount.Tally tally) {
            this.municipality = municipality;
            this.run = run;
            this.rule = rule;
            this.asOf = asOf;
            this.zone = zone;
            this.dryRun = dryRun;
            this.tally = tally;
            this.reason = "retention rule " + rule.type() + ", run " + run;
        }

        void childFiles() {
            for (RetentionFiles.ChildFile file : files.childFiles(municipality)) {
                if (file.type() != rule.type() || !mayBeDue(file.roughLastEntry())) {
                    continue;
                }
                Verdict verdict = judge(file, files.lastEntry(municipality, file.unit()));
                if (!count(verdict) || dryRun) {
                    continue;
                }
                thin(() -> {
                    var now = files.lockedChildFile(municipality, file.personId());
                    if (now.isEmpty()
                            || !now.get().equals(file)
                            || !(judge(now.get(), files.lastEntry(municipality, file.unit()))
                                    instanceof Verdict.Thin)) {
                        return false;
                    }
                    thinner.thinChildFile(municipality, run, file, reason, clock.instant());
                    return true;
                });
            }
        }

        void unidentifiedConcerns() {
            for (RetentionFiles.SingleRecord concern : files.unidentifiedConcerns(municipality)) {
                if (!mayBeDue(concern.roughLastEntry())) {
                    continue;
                }
                Verdict verdict = judge(concern, files.lastEntry(municipality, Unit.ofConcern(concern.id())));
                if (!count(verdict) || dryRun) {
                    continue;
                }
                thin(() -> {
                    var now = files.lockedUnidentifiedConcern(municipality, concern.id());
                    if (now.isEmpty()
                            || !(judge(now.get(), files.lastEntry(municipality, Unit.ofConcern(concern.id())))
                                    instanceof Verdict.Thin)) {
                        return false;
                    }
                    thinner.thinUnidentifiedConcern(municipality, run, concern.id(), reason, clock.instant());
                    return true;
                });
            }
        }

        void consultations() {
            for (UUID consultation : files.consultationsWrittenBy(municipality, rule.latestDueEntry(asOf, zone))) {
                tally.due();
                if (dryRun) {
                    tally.thinned();
                    continue;
                }
                thin(() -> {
                    thinner.thinConsultation(municipality, run, consultation, reason, clock.instant());
                    return true;
                });
            }
        }

        void settledReminders() {
            Instant latest = rule.latestDueEntry(asOf, zone);
            if (dryRun) {
                tally.thinned((int) files.settledReminders(municipality, latest));
                return;
            }
            int deleted;
            do {
                deleted = transaction.execute(
                        status -> thinner.deleteSettledReminders(municipality, latest, REMINDER_BATCH, reason));
                tally.thinned(deleted);
            } while (deleted == REMINDER_BATCH);
        }

        /** Whether a record whose last entry is at least {@code rough} can be due: otherwise not looked at further. */
        private boolean mayBeDue(Instant rough) {
            return rough == null || !rule.dueFrom(rough, zone).isAfter(asOf);
        }

        private Verdict judge(RetentionFiles.ChildFile file, Instant lastEntry) {
            return RetentionPolicy.judge(
                    rule,
                    new RetentionPolicy.Facts(lastEntry, file.held(), file.placed(), file.birthDate(), null),
                    asOf,
                    zone);
        }

        private Verdict judge(RetentionFiles.SingleRecord record, Instant lastEntry) {
            return RetentionPolicy.judge(
                    rule,
                    new RetentionPolicy.Facts(lastEntry, record.held(), false, null, record.birthYear()),
                    asOf,
                    zone);
        }

        /** Counts the verdict; true when the record is to be thinned (counted as thinned already in a dry run). */
        private boolean count(Verdict verdict) {
            switch (verdict) {
                case Verdict.NotDue notDue -> {
                    return false;
                }
                case Verdict.Kept kept -> {
                    tally.due();
                    tally.kept(kept.reason());
                    return false;
                }
                case Verdict.Thin thin -> {
                    tally.due();
                    if (dryRun) {
                        tally.thinned();
                    }
                    return true;
                }
            }
        }

        /** Thins one unit in a transaction of its own; a unit that breaks is counted as failed and left for the next run. */
        private void thin(java.util.function.Supplier<Boolean> work) {
            try {
                Boolean done = transaction.execute(status -> work.get());
                if (Boolean.TRUE.equals(done)) {
                    tally.thinned();
                } else {
                    tally.noLongerDue();
                }
            } catch (RuntimeException e) {
                log.warn(
                        "Retention: a record of {} in municipality {} could not be thinned",
                        rule.type(),
                        municipality,
                        e);
                tally.failed();
            }
        }
    }
}
