package se.traden.shared;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.context.SmartLifecycle;

/**
 * Starts a module's db-scheduler once the application (and its migrated database) is up, and stops it
 * first. The reminder scan, the follow-up scan and the retention job each run one.
 */
public final class SchedulerLifecycle implements SmartLifecycle {
    private final Scheduler scheduler;
    private volatile boolean running;

    public SchedulerLifecycle(Scheduler scheduler) {
        this.scheduler = scheduler;
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
