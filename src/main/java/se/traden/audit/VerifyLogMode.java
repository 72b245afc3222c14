package se.traden.audit;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the application is started to verify the access log ({@value VerifyLogCommand#PROPERTY}), it
 * starts as a command: no web server, no banner, no demo data seeded. Registered in
 * {@code META-INF/spring.factories}, because it must act before the application context is chosen.
 */
class VerifyLogMode implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(VerifyLogCommand.PROPERTY)) {
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "traden-verify-log",
                            Map.of(
                                    "spring.main.web-application-type", "none",
                                    "spring.main.banner-mode", "off",
                                    "traden.demo.enabled", "false")));
        }
    }
}
