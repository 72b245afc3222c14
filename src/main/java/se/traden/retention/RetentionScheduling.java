package se.traden.retention;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.traden.shared.SchedulerLifecycle;

/**
 * The thinning job as a recurring task of db-scheduler, on the same table as the reminder scans and wired
 * the same way (docs/decisions/0006-scheduler.md): every node runs a scheduler, and the node that picks
 * the day's execution first runs it, so the job runs once in a cluster. A run that was due while the
 * application was down runs when it is up again.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
class RetentionScheduling {
    static final String TASK_NAME = "retention-thinning";

    @Bean
    RecurringTask<Void> retentionTask(RetentionJob job, RetentionProperties properties, Clock clock) {
        return Tasks.recurring(TASK_NAME, Schedules.daily(clock.getZone(), properties.dailyAt()))
                .execute((instance, context) -> job.runEverywhere());
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "traden.retention.scheduler-enabled", matchIfMissing = true)
    SchedulerLifecycle retentionScheduler(
            DataSource dataSource, RecurringTask<Void> retentionTask, RetentionProperties properties) {
        return new SchedulerLifecycle(
                schedulerFor(dataSource, retentionTask, properties).build());
    }

    /** How a node's scheduler is built: the one place, used by the application and by its tests. */
    static com.github.kagkarlsson.scheduler.SchedulerBuilder schedulerFor(
            DataSource dataSource, RecurringTask<Void> task, RetentionProperties properties) {
        return SchedulerLifecycle.builder(dataSource, task, properties.pollingInterval());
    }
}
