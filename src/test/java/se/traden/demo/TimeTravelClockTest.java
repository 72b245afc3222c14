package se.traden.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The generator's thread reads the moment it travelled to; every other thread keeps the clock's own time. */
class TimeTravelClockTest {
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final Instant THEN = Instant.parse("2024-03-05T09:30:00Z");

    @Test
    void onlyTheTravellingThreadReadsThePast() throws Exception {
        var clock = new TimeTravelClock(Clock.fixed(NOW, ZoneId.of("Europe/Stockholm")));

        clock.travelTo(THEN);

        assertThat(clock.instant()).isEqualTo(THEN);
        assertThat(CompletableFuture.supplyAsync(clock::instant).get()).isEqualTo(NOW);
        assertThat(clock.withZone(ZoneId.of("UTC")).instant()).isEqualTo(THEN);

        clock.backToPresent();

        assertThat(clock.instant()).isEqualTo(NOW);
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
    }

    @Test
    void theInstallerWrapsOnlyTheApplicationsClock() {
        var installer = new TimeTravelClockInstaller();
        Clock system = Clock.systemUTC();

        assertThat(installer.postProcessAfterInitialization(system, "clock")).isInstanceOf(TimeTravelClock.class);
        assertThat(installer.postProcessAfterInitialization(system, "mutableClock"))
                .isSameAs(system);
        assertThat(installer.postProcessAfterInitialization("not a clock", "clock"))
                .isEqualTo("not a clock");
    }
}
