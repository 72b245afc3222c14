package se.traden.demo;

import java.time.Clock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * In demo mode, wraps the application's clock (the bean {@code clock}) in a {@link TimeTravelClock}, so
 * that the generator can date what it makes. A clock a test declares under another name stays as it
 * is, and so does every clock outside demo mode.
 */
@Component
@ConditionalOnBooleanProperty("traden.demo.enabled")
class TimeTravelClockInstaller implements BeanPostProcessor {
    static final String CLOCK_BEAN = "clock";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (CLOCK_BEAN.equals(beanName) && bean instanceof Clock clock && !(bean instanceof TimeTravelClock)) {
            return new TimeTravelClock(clock);
        }
        return bean;
    }
}
