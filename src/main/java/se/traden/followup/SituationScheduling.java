package se.traden.followup;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.traden.shared.SchedulerLifecycle;

/**
 * The nightly computation of the situation picture as a recurring task of db-scheduler, on the same table
 * and wired the same way as the reminder scans and the thinning job (docs/decisions/0006-scheduler.md): it
 * runs once a day in a cluster, on the node that picks it first.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SituationProperties.class)
class SituationScheduling {
    static final String TASK_NAME = "situation-precompute";

    @Bean
    RecurringTask<Void> situationPrecomputeTask(SituationPrecompute job, SituationProperties properties, Clock clock) {
        return Tasks.recurring(TASK_NAME, Schedules.daily(clock.getZone(), properties.precomputeAt()))
                .execute((instance, context) -> job.runEverywhere());
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "traden.followup.scheduler-enabled", matchIfMissing = true)
    SchedulerLifecycle situationScheduler(
            DataSource dataSource, RecurringTask<Void> situationPrecomputeTask, SituationProperties properties) {
        return SchedulerLifecycle.of(dataSource, situationPrecomputeTask, properties.pollingInterval());
    }

    /** {@code traden.followup.precompute-on-start}: one computation as soon as the application is up. */
    @Bean
    @ConditionalOnBooleanProperty("traden.followup.precompute-on-start")
    ApplicationListener<ApplicationReadyEvent> situationPrecomputeOnStart(SituationPrecompute job) {
        return event -> {
            var done = job.runEverywhere();
            org.slf4j.LoggerFactory.getLogger(SituationScheduling.class)
                    .info("Situation pictures computed ahead on start: {} periods", done.size());
        };
    }
}
