package se.traden.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The application's clock in demo mode: the underlying clock, except on a thread the generator has sent
 * to a moment in the past, where every service reads that moment instead. Events made while generating
 * so get the dates they would have had, and every other thread (every request) keeps the real time.
 */
final class TimeTravelClock extends Clock {
    private final Clock base;
    private final ThreadLocal<Instant> moment;

    TimeTravelClock(Clock base) {
        this(base, new ThreadLocal<>());
    }

    private TimeTravelClock(Clock base, ThreadLocal<Instant> moment) {
        this.base = Objects.requireNonNull(base, "base clock");
        this.moment = moment;
    }

    /** From now on, this thread reads the given moment (until {@link #backToPresent()}). */
    void travelTo(Instant at) {
        moment.set(Objects.requireNonNull(at, "moment"));
    }

    void backToPresent() {
        moment.remove();
    }

    @Override
    public Instant instant() {
        Instant at = moment.get();
        return at != null ? at : base.instant();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new TimeTravelClock(base.withZone(zone), moment);
    }
}
