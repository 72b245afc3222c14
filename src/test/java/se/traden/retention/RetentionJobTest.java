package se.traden.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.traden.organisation.MunicipalitySetup;
import se.traden.support.IntegrationTest;

/**
 * The job as it runs outside a request: the command-line dry run prints counts and changes nothing, and
 * the recurring task runs once a day at its time on one node of two, and stores its report.
 */
class RetentionJobTest extends IntegrationTest {

    @Autowired
    MunicipalitySetup setup;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    RetentionJob job;

    @Autowired
    DataSource dataSource;

    @Autowired
    RecurringTask<Void> retentionTask;

    @Autowired
    Clock clock;

    RetentionWorld world;

    @BeforeEach
    void world() {
        world = RetentionWorld.create(mvc, jdbc, setup, passwords, new TransactionTemplate(transactionManager));
    }

    @Test
    void theCommandLineDryRunPrintsCountsAndChangesNothing() throws Exception {
        String marker = RetentionWorld.marker();
        String consultation = world.consultation(marker);
        world.unidentifiedConcern(marker, null);
        var command = new DryRunCommand(job, jdbc, null, null, clock);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = command.dryRun(world.code, "2060-01-01", new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);

        assertThat(exit).isZero();
        assertThat(printed)
                .contains("Retention dry run as of 2060-01-01")
                .contains(world.code)
                .containsPattern("CONSULTATION\\s+1\\s+1\\s+0\\s+0\\s+0\\s+0")
                .containsPattern("UNIDENTIFIED_CONCERN\\s+1\\s+1\\s+0\\s+0\\s+0\\s+0")
                .doesNotContain(marker);
        assertThat(jdbc.sql("select situation from consultation where id = ?::uuid")
                        .param(consultation)
                        .query(String.class)
                        .single())
                .contains(marker);
        assertThat(jdbc.sql("select count(*) from retention_run where municipality_id = ?")
                        .param(world.municipality)
                        .query(Long.class)
                        .single())
                .isZero();

        out.reset();
        assertThat(command.dryRun("no-such-place", "", new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isEqualTo(DryRunCommand.BAD_ARGUMENT);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("no municipality with code 'no-such-place'");
        assertThat(command.dryRun(world.code, "1 jan", new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isEqualTo(DryRunCommand.BAD_ARGUMENT);
    }

    @Test
    void theCommandStartsWithoutWebServerOrDemoDataAndCoversEveryMunicipality() throws Exception {
        world.consultation(RetentionWorld.marker());
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(
                        java,
                        "-cp",
                        classpath,
                        se.traden.TradenApplication.class.getName(),
                        "--traden.retention.dry-run",
                        "--traden.retention.as-of=2060-01-01",
                        "--spring.profiles.active=test",
                        "--spring.datasource.url=" + se.traden.support.TestDatabase.url(),
                        "--spring.datasource.username=" + se.traden.support.TestDatabase.username())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the dry run ends").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("Retention dry run as of 2060-01-01")
                .contains("sjostad")
                .contains(world.code)
                .doesNotContain("Tomcat", "Demo municipalities seeded");
        assertThat(jdbc.sql("select count(*) from retention_run where municipality_id = ?")
                        .param(world.municipality)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theDailyTaskRunsOnceOnOneOfTwoNodesAndStoresItsReport() throws Exception {
        jdbc.sql("delete from scheduled_tasks where task_name = ?")
                .param(RetentionScheduling.TASK_NAME)
                .update();
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        var properties = new RetentionProperties(LocalTime.of(2, 30), Duration.ofMillis(100), true);
        Scheduler a = node("node-a", properties, runs);
        Scheduler b = node("node-b", properties, runs);
        Instant started = Instant.now();
        try {
            a.start();
            b.start();
            Timestamp first = nextExecution();
            assertThat(first.toInstant().atZone(ZoneId.of("Europe/Stockholm")).toLocalTime())
                    .as("the day's run is at its time")
                    .isEqualTo(LocalTime.of(2, 30));
            jdbc.sql("update scheduled_tasks set execution_time = now() where task_name = ?")
                    .param(RetentionScheduling.TASK_NAME)
                    .update();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (runs.values().stream().mapToInt(AtomicInteger::get).sum() == 0 && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            Thread.sleep(1000);
        } finally {
            a.stop();
            b.stop();
        }
        assertThat(runs.values().stream().mapToInt(AtomicInteger::get).sum()).isOne();
        assertThat(nextExecution().toInstant()).isAfter(started);
        assertThat(jdbc.sql("""
                        select count(*) from retention_run
                         where municipality_id = ? and started_at >= ? and outcome = 'COMPLETED'
                        """)
                        .params(world.municipality, Timestamp.from(started))
                        .query(Long.class)
                        .single())
                .isOne();
        jdbc.sql("delete from scheduled_tasks where task_name = ?")
                .param(RetentionScheduling.TASK_NAME)
                .update();
    }

    private Timestamp nextExecution() {
        return jdbc.sql("select execution_time from scheduled_tasks where task_name = ?")
                .param(RetentionScheduling.TASK_NAME)
                .query(Timestamp.class)
                .single();
    }

    private Scheduler node(String name, RetentionProperties properties, Map<String, AtomicInteger> runs) {
        return RetentionScheduling.schedulerFor(dataSource, retentionTask, properties)
                .schedulerName(new SchedulerName.Fixed(name))
                .addSchedulerListener(new AbstractSchedulerListener() {
                    @Override
                    public void onExecutionComplete(ExecutionComplete complete) {
                        if (complete.getExecution().taskInstance.getTaskName().equals(RetentionScheduling.TASK_NAME)) {
                            runs.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                })
                .build();
    }
}
