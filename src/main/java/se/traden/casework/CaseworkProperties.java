package se.traden.casework;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How far ahead a case flags the child's 18th birthday; how many days before a follow-up of a
 * maintaining contact its reminder comes; how often the follow-up scan runs and a node asks whether
 * it is due. {@code schedulerEnabled=false} keeps a node from running the scan (the tests run it by
 * hand). {@code emergencyAccessLasts}: how long an emergency access to a case lasts.
 */
@ConfigurationProperties("traden.casework")
record CaseworkProperties(
        @DefaultValue("6m") Period turning18Horizon,
        @DefaultValue("3") int followUpRemindDaysBefore,
        @DefaultValue("15m") Duration followUpScanInterval,
        @DefaultValue("10s") Duration pollingInterval,
        @DefaultValue("true") boolean schedulerEnabled,
        @DefaultValue("4h") Duration emergencyAccessLasts) {}
