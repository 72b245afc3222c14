package se.traden.reminders;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often the reminder scan runs, and how often a node asks the database whether a scan is due.
 * {@code schedulerEnabled=false} keeps a node from running scans at all (the tests run them by hand).
 */
@ConfigurationProperties("traden.reminders")
record ReminderProperties(
        @DefaultValue("1m") Duration scanInterval,
        @DefaultValue("10s") Duration pollingInterval,
        @DefaultValue("true") boolean schedulerEnabled) {}
