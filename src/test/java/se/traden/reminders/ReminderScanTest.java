package se.traden.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import se.traden.support.ConcernFixtures;
import se.traden.support.IntegrationTest;
import se.traden.support.MutableClock;
import se.traden.support.MutableClockConfiguration;

/**
 * A concern raised at T with the default 48-hour gathering window: nothing to remind of an hour later,
 * a due-soon reminder at T+40h, an overdue one at T+49h; each written once, however often and on
 * however many nodes the scan runs.
 */
@Import(MutableClockConfiguration.class)
class ReminderScanTest extends IntegrationTest {

    @Autowired
    MutableClock clock;

    @Autowired
    ReminderScan scan;

    @Autowired
    DataSource dataSource;

    @Autowired
    RecurringTask<Void> reminderScanTask;

    ConcernFixtures concerns;
    Instant t;

    @BeforeEach
    void raisedNow() {
        concerns = new ConcernFixtures(mvc);
        t = clock.instant();
    }

    @AfterEach
    void backToThePresent() {
        clock.reset();
    }

    @Test
    void aDeadlineIsRemindedWhenDueSoonAndAgainWhenOverdue() throws Exception {
        String id = concerns.fromSchool(false);

        clock.set(t.plus(Duration.ofHours(1)));
        scan.run();
        assertThat(reminders(id)).isEmpty();

        clock.set(t.plus(Duration.ofHours(40)));
        scan.run();
        assertThat(reminders(id))
                .containsExactlyInAnyOrder(
                        "GATHERING DUE_SOON INDIVIDUAL_COORDINATOR active",
                        "FEEDBACK DUE_SOON INDIVIDUAL_COORDINATOR active");

        clock.set(t.plus(Duration.ofHours(49)));
        scan.run();
        // The overdue reminder takes over from the due-soon one; the decision (7 days) is not due yet.
        assertThat(reminders(id))
                .containsExactlyInAnyOrder(
                        "GATHERING DUE_SOON INDIVIDUAL_COORDINATOR settled",
                        "FEEDBACK DUE_SOON INDIVIDUAL_COORDINATOR settled",
                        "GATHERING OVERDUE INDIVIDUAL_COORDINATOR active",
                        "FEEDBACK OVERDUE INDIVIDUAL_COORDINATOR active");
    }

    @Test
    void runningTheScanAgainWritesNothingNew() throws Exception {
        String id = concerns.fromSchool(false);
        clock.set(t.plus(Duration.ofHours(49)));

        scan.run();
        List<String> first = reminders(id);
        scan.run();
        scan.run();

        assertThat(first).hasSize(2);
        assertThat(reminders(id)).containsExactlyInAnyOrderElementsOf(first);
    }

    @Test
    void aMetDeadlineAndADecisionSettleTheirReminders() throws Exception {
        String id = concerns.fromSchool(false);
        clock.set(t.plus(Duration.ofHours(49)));
        scan.run();

        long version = concerns.version("ic", id);
        version = ConcernFixtures.version(
                concerns.command("ic", id, "feedback", version, "\"text\": \"Vi har tagit emot oron och återkommer.\"")
                        .andExpect(status().isOk()));
        scan.run();
        assertThat(reminders(id))
                .containsExactlyInAnyOrder(
                        "GATHERING OVERDUE INDIVIDUAL_COORDINATOR active",
                        "FEEDBACK OVERDUE INDIVIDUAL_COORDINATOR settled");

        version = ConcernFixtures.version(concerns.command(
                "ic", id, "triage", version, "\"complexity\": \"LOW\", \"valuation\": \"Skolan har insatserna\""));
        concerns.command(
                        "ic",
                        id,
                        "line-decision",
                        version,
                        "\"receivingUnit\": \"Elevhälsan\", \"reason\": \"Skolan har det som behövs\"")
                .andExpect(status().isOk());
        scan.run();
        assertThat(reminders(id)).allMatch(r -> r.endsWith("settled"));
    }

    @Test
    void twoScansAtTheSameMomentWriteEachReminderOnce() throws Exception {
        String id = concerns.fromSchool(false);
        clock.set(t.plus(Duration.ofHours(49)));

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<ReminderScan.Outcome>> runs = List.of(
                    nodes.submit(() -> {
                        together.await();
                        return scan.run();
                    }),
                    nodes.submit(() -> {
                        together.await();
                        return scan.run();
                    }));
            for (Future<ReminderScan.Outcome> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }

        assertThat(reminders(id))
                .containsExactlyInAnyOrder(
                        "GATHERING OVERDUE INDIVIDUAL_COORDINATOR active",
                        "FEEDBACK OVERDUE INDIVIDUAL_COORDINATOR active");
    }

    @Test
    void twoSchedulersOnOneTableRunTheScanOnce() throws Exception {
        String id = concerns.fromSchool(false);
        clock.set(t.plus(Duration.ofHours(49)));
        // Start from a fresh execution of the recurring task, due now.
        jdbc.sql("delete from scheduled_tasks where task_name = ?")
                .param(ReminderScheduling.TASK_NAME)
                .update();

        Map<String, AtomicInteger> runsByNode = new ConcurrentHashMap<>();
        var properties = new ReminderProperties(Duration.ofHours(1), Duration.ofMillis(100), true);
        Scheduler a = node("node-a", properties, runsByNode);
        Scheduler b = node("node-b", properties, runsByNode);
        try {
            a.start();
            b.start();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (total(runsByNode) == 0 && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            // Give the other node several polls in which it could (wrongly) run the same execution.
            Thread.sleep(1000);
        } finally {
            a.stop();
            b.stop();
        }

        assertThat(total(runsByNode)).isOne();
        assertThat(reminders(id))
                .containsExactlyInAnyOrder(
                        "GATHERING OVERDUE INDIVIDUAL_COORDINATOR active",
                        "FEEDBACK OVERDUE INDIVIDUAL_COORDINATOR active");
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = ?")
                        .param(ReminderScheduling.TASK_NAME)
                        .query(Long.class)
                        .single())
                .as("one recurring execution, rescheduled after the run")
                .isOne();
    }

    private Scheduler node(String name, ReminderProperties properties, Map<String, AtomicInteger> runs) {
        return ReminderScheduling.schedulerFor(dataSource, reminderScanTask, properties)
                .schedulerName(new SchedulerName.Fixed(name))
                .addSchedulerListener(new AbstractSchedulerListener() {
                    @Override
                    public void onExecutionComplete(ExecutionComplete complete) {
                        if (complete.getExecution().taskInstance.getTaskName().equals(ReminderScheduling.TASK_NAME)) {
                            runs.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                })
                .build();
    }

    private static int total(Map<String, AtomicInteger> runs) {
        return runs.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** The reminders of a concern as "KIND STATE ADDRESSEE active|settled". */
    private List<String> reminders(String concernId) {
        return jdbc.sql("""
                        select kind || ' ' || state || ' ' || addressed_to || ' '
                               || case when settled_at is null then 'active' else 'settled' end
                          from reminder where concern_id = ?
                        """)
                .param(UUID.fromString(concernId))
                .query(String.class)
                .list();
    }
}
