package se.traden.shared;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;

/**
 * Starts a module's db-scheduler once the application (and its migrated database) is up, and stops it
 * first. The reminder scan, the follow-up scan, the retention job and the situation picture's nightly
 * computation each run one, built the same way ({@link #builder}).
 */
public final class SchedulerLifecycle implements SmartLifecycle {
    private final Scheduler scheduler;
    private volatile boolean running;

    public SchedulerLifecycle(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** A node's scheduler for one recurring task, on the shared table: the application's and its tests'. */
    public static SchedulerBuilder builder(DataSource dataSource, RecurringTask<?> task, Duration pollingInterval) {
        return Scheduler.create(dataSource)
                .startTasks(task)
                .threads(1)
                .pollingInterval(pollingInterval)
                .shutdownMaxWait(Duration.ofSeconds(20));
    }

    /** The started-with-the-application scheduler for one recurring task. */
    public static SchedulerLifecycle of(DataSource dataSource, RecurringTask<?> task, Duration pollingInterval) {
        return new SchedulerLifecycle(builder(dataSource, task, pollingInterval).build());
    }

    @Override
    public void start() {
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        scheduler.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
