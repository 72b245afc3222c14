package se.traden.reminders;

import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.traden.shared.SchedulerLifecycle;

/**
 * The reminder scan as a recurring task of db-scheduler, wired by hand (see
 * docs/decisions/0006-scheduler.md). Every node runs a scheduler on the same table; the node that
 * picks a due execution first runs it, the others skip it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderProperties.class)
class ReminderScheduling {
    static final String TASK_NAME = "reminder-scan";

    @Bean
    RecurringTask<Void> reminderScanTask(ReminderScan scan, ReminderProperties properties) {
        return Tasks.recurring(TASK_NAME, FixedDelay.of(properties.scanInterval()))
                .execute((instance, context) -> scan.run());
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "traden.reminders.scheduler-enabled", matchIfMissing = true)
    SchedulerLifecycle reminderScheduler(
            DataSource dataSource, RecurringTask<Void> reminderScanTask, ReminderProperties properties) {
        return new SchedulerLifecycle(
                schedulerFor(dataSource, reminderScanTask, properties).build());
    }

    /** How a node's scheduler is built: the one place, used by the application and by its tests. */
    static SchedulerBuilder schedulerFor(
            DataSource dataSource, RecurringTask<Void> task, ReminderProperties properties) {
        return SchedulerLifecycle.builder(dataSource, task, properties.pollingInterval());
    }
}
