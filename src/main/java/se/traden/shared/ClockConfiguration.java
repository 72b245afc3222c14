package se.traden.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so that deadlines can be tested with a fixed time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId MUNICIPAL_ZONE = ZoneId.of("Europe/Stockholm");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(MUNICIPAL_ZONE);
    }
}
