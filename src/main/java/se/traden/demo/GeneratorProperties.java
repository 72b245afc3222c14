package se.traden.demo;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the demo generator makes at start-up: how many children, over how many years before {@code until}
 * (today when not given), from which seed, in which municipality (by code; one that does not exist is
 * created). {@code children=0} generates nothing. The same values give the same content.
 */
@ConfigurationProperties("traden.demo.generate")
record GeneratorProperties(
        @DefaultValue("60") int children,
        @DefaultValue("1") int years,
        @DefaultValue("42") long seed,
        @DefaultValue("sjostad") String municipality,
        LocalDate until) {

    static final int MAX_YEARS = 10;
    static final int MAX_CHILDREN = 100_000;

    GeneratorProperties {
        if (children < 0 || children > MAX_CHILDREN) {
            throw new IllegalArgumentException(
                    "traden.demo.generate.children must be between 0 and " + MAX_CHILDREN + ", was " + children);
        }
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException(
                    "traden.demo.generate.years must be between 1 and " + MAX_YEARS + ", was " + years);
        }
        if (municipality == null || !municipality.matches("[a-z0-9-]{2,40}")) {
            throw new IllegalArgumentException(
                    "traden.demo.generate.municipality must be a municipality code (a-z, 0-9, -), was " + municipality);
        }
    }
}
