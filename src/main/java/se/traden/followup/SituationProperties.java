package se.traden.followup;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The situation picture computed ahead (decision 0130): once a day at {@code precomputeAt} in the
 * municipalities' time zone, by the node that picks the day's run first; {@code precomputeOnStart} also
 * computes it once when the application has started (for a node brought up on a large database, and for
 * the benchmark); {@code schedulerEnabled=false} leaves it to be run by hand (the tests). A stored picture
 * is served only on the day it was computed.
 */
@ConfigurationProperties("traden.followup")
record SituationProperties(
        @DefaultValue("02:00") LocalTime precomputeAt,
        @DefaultValue("false") boolean precomputeOnStart,
        @DefaultValue("1m") Duration pollingInterval,
        @DefaultValue("true") boolean schedulerEnabled) {}
