package se.traden.retention;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the thinning job runs (once a day, at {@code dailyAt} in the municipalities' time zone), how often
 * a node asks the database whether it is due, and whether this node runs it at all ({@code
 * schedulerEnabled=false}: the tests run it by hand).
 */
@ConfigurationProperties("traden.retention")
record RetentionProperties(
        @DefaultValue("02:30") LocalTime dailyAt,
        @DefaultValue("1m") Duration pollingInterval,
        @DefaultValue("true") boolean schedulerEnabled) {}
