package se.traden.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import se.traden.organisation.StaffDirectory;
import se.traden.shared.Actor;
import se.traden.shared.FunctionType;

/**
 * Plays the stories in the order of time: each step is planned for a moment, the steps run earliest
 * first (in the order they were planned when two share a moment), and while a step runs the clock reads
 * its moment. A step that would lie at or after the end of the span is never run, so every story stops
 * at the present. Each command runs as a staff member, with the functions they hold that day, the way a
 * request from their login would.
 */
final class Simulation {
    /** Nothing is planned closer than this to the end of the span, so that a step's own minutes stay inside. */
    static final Duration MARGIN = Duration.ofHours(2);

    static final int MAX_STEPS_PER_TRANSACTION = 500;

    interface Step {
        void run();
    }

    private record Planned(Instant at, long order, Step step) {}

    private final TimeTravelClock clock;
    private final StaffDirectory directory;
    private final Roster roster;
    private final Instant from;
    private final Instant until;
    private final ZoneId zone;
    private final PriorityQueue<Planned> queue =
            new PriorityQueue<>(Comparator.comparing(Planned::at).thenComparingLong(Planned::order));
    private final Map<String, Set<FunctionType>> functions = new HashMap<>();
    private long planned;
    private long run;
    private Instant now;

    Simulation(
            TimeTravelClock clock, StaffDirectory directory, Roster roster, Instant from, Instant until, ZoneId zone) {
        this.clock = clock;
        this.directory = directory;
        this.roster = roster;
        this.from = from;
        this.until = until;
        this.zone = zone;
        this.now = from;
    }

    /** Plans a step; answers whether it will run (it will not at or after the end of the span). */
    boolean at(Instant when, Step step) {
        if (when.isBefore(from) || !when.plus(MARGIN).isBefore(until)) {
            return false;
        }
        queue.add(new Planned(when, planned++, step));
        return true;
    }

    /**
     * Runs every planned step, and the steps they plan, in the order of time. The steps of one day commit
     * together: each command joins the day's transaction (its access check and access-log entries as
     * always), and the day is written at once, which keeps a large run fast. A failing step rolls its day
     * back and stops the run.
     */
    void run(TransactionTemplate transactions, Runnable progress) {
        try {
            while (!queue.isEmpty()) {
                LocalDate day = LocalDate.ofInstant(queue.peek().at(), zone);
                transactions.executeWithoutResult(status -> {
                    int inDay = 0;
                    while (!queue.isEmpty()
                            && LocalDate.ofInstant(queue.peek().at(), zone).equals(day)
                            && inDay++ < MAX_STEPS_PER_TRANSACTION) {
                        Planned next = queue.poll();
                        now = next.at();
                        clock.travelTo(now);
                        next.step().run();
                        run++;
                        if (run % 2000 == 0) {
                            progress.run();
                        }
                    }
                });
            }
        } finally {
            clock.backToPresent();
        }
    }

    long stepsRun() {
        return run;
    }

    Instant now() {
        return now;
    }

    LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    /** Lets some minutes pass within a step, between two commands of one person. */
    void pass(Duration duration) {
        now = now.plus(duration);
        clock.travelTo(now);
    }

    /** Runs a command as the staff member, in a security context of its own, as a request of theirs would. */
    <T> T as(Staffer who, Supplier<T> command) {
        LocalDate day = today();
        Set<FunctionType> held =
                functions.computeIfAbsent(who.id() + "|" + day, key -> directory.functionsHeldOn(who.id(), day));
        Actor actor = new Actor(who.id(), roster.municipality(), who.username(), who.name(), held);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                actor,
                null,
                held.stream()
                        .map(f -> new SimpleGrantedAuthority(f.authority()))
                        .toList()));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return command.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    void as(Staffer who, Runnable command) {
        as(who, () -> {
            command.run();
            return null;
        });
    }
}
