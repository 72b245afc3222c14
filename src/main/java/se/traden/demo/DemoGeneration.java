package se.traden.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.traden.shared.MunicipalityScope;

/**
 * Runs the demo generator at start-up, after the demo municipalities are seeded, with the parameters
 * {@code traden.demo.generate.*}. A failure is logged and leaves the application running.
 */
@Component
@ConditionalOnBooleanProperty("traden.demo.enabled")
class DemoGeneration {
    private static final Logger log = LoggerFactory.getLogger(DemoGeneration.class);

    private final DemoGenerator generator;
    private final GeneratorProperties properties;

    DemoGeneration(DemoGenerator generator, GeneratorProperties properties) {
        this.generator = generator;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(DemoSeed.ORDER + 1)
    public void generate() {
        try {
            MunicipalityScope.asSystem(() -> generator.generateIfEmpty(properties));
        } catch (RuntimeException e) {
            log.error("Demo data generation failed; the data made until then stays", e);
        }
    }
}
