package se.traden.retention;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the application is started for a retention dry run ({@value DryRunCommand#PROPERTY}), it starts as
 * a command: no web server, no banner, no demo data, and none of the schedulers, so that it reads and
 * never writes. Registered in {@code META-INF/spring.factories}, because it must act before the
 * application context is chosen.
 */
class DryRunMode implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(DryRunCommand.PROPERTY)) {
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "traden-retention-dry-run",
                            Map.of(
                                    "spring.main.web-application-type", "none",
                                    "spring.main.banner-mode", "off",
                                    "traden.demo.enabled", "false",
                                    "traden.reminders.scheduler-enabled", "false",
                                    "traden.casework.scheduler-enabled", "false",
                                    "traden.retention.scheduler-enabled", "false")));
        }
    }
}
