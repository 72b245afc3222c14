package se.traden.casework;

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
 * The follow-up reminder scan as a recurring task of db-scheduler, on the same table as the reminder
 * scan and wired the same way (docs/decisions/0006-scheduler.md, 0060-case-core.md): every node runs a
 * scheduler; the node that picks a due execution first runs it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseworkProperties.class)
class FollowUpReminderScheduling {
    static final String TASK_NAME = "follow-up-reminder-scan";

    @Bean
    RecurringTask<Void> followUpReminderTask(FollowUpReminderScan scan, CaseworkProperties properties) {
        return Tasks.recurring(TASK_NAME, FixedDelay.of(properties.followUpScanInterval()))
                .execute((instance, context) -> scan.run());
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "traden.casework.scheduler-enabled", matchIfMissing = true)
    SchedulerLifecycle followUpReminderScheduler(
            DataSource dataSource, RecurringTask<Void> followUpReminderTask, CaseworkProperties properties) {
        return SchedulerLifecycle.of(dataSource, followUpReminderTask, properties.pollingInterval());
    }
}
