package se.traden.shared;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which municipality's rows the database shows this thread. PostgreSQL's row-level security reads the
 * setting {@code traden.municipality} on every table that holds municipality data; the data source sets
 * it on each connection it hands out, from this scope:
 *
 * <ul>
 *   <li>in a request, the acting person's municipality, and nothing else;
 *   <li>inside {@link #asSystem}, every municipality: for the few things that are about no single
 *       municipality (finding the account of a login, the scheduled scans, the demo seed);
 *   <li>anywhere else, no municipality: a query sees no rows.
 * </ul>
 *
 * <p>A scope chosen inside a running transaction is set on that transaction's connection at once, and
 * the one before it is set back when the work ends.
 */
public final class MunicipalityScope {
    /** The setting's value that opens every municipality. */
    public static final String SYSTEM = "system";

    private static final ThreadLocal<String> CHOSEN = new ThreadLocal<>();

    /** A test's own thread, calling services directly, acts for the system when nobody acts (see below). */
    private static final ThreadLocal<String> WITHOUT_ACTOR = new ThreadLocal<>();

    private static final ThreadLocal<Boolean> ASKING_FOR_THE_ACTOR = new ThreadLocal<>();

    /** Sets a scope on the connections of the thread's running transaction; installed by the data source. */
    public interface Rescoping {
        void rescope(String scope);
    }

    private static volatile Rescoping rescoping = scope -> {
        throw new IllegalStateException("no data source that knows the municipality scope is installed");
    };

    public static void install(Rescoping rescoping) {
        MunicipalityScope.rescoping = rescoping;
    }

    private MunicipalityScope() {}

    /** Runs the work with every municipality visible. */
    public static <T> T asSystem(Supplier<T> work) {
        return with(SYSTEM, work);
    }

    public static void asSystem(Runnable work) {
        with(SYSTEM, () -> {
            work.run();
            return null;
        });
    }

    /** Runs the work as one municipality, whoever the thread's actor is. */
    public static <T> T within(MunicipalityId municipality, Supplier<T> work) {
        return with(municipality.toString(), work);
    }

    public static void within(MunicipalityId municipality, Runnable work) {
        with(municipality.toString(), () -> {
            work.run();
            return null;
        });
    }

    /** The value for {@code traden.municipality} now: the chosen scope, else the actor's, else none (""). */
    public static String current() {
        String chosen = CHOSEN.get();
        if (chosen != null) {
            return chosen;
        }
        String withoutActor = WITHOUT_ACTOR.get() != null ? WITHOUT_ACTOR.get() : "";
        if (ASKING_FOR_THE_ACTOR.get() != null) {
            // The security context is being loaded (from the session, in the database) to find the actor:
            // that load runs without one, instead of asking for the context it is loading.
            return withoutActor;
        }
        ASKING_FOR_THE_ACTOR.set(Boolean.TRUE);
        try {
            return AccessGuard.currentActor()
                    .map(actor -> actor.municipalityId().toString())
                    .orElse(withoutActor);
        } finally {
            ASKING_FOR_THE_ACTOR.remove();
        }
    }

    /**
     * For tests only: on this thread, when no scope is chosen and no actor acts, act for the system. A test
     * that sets up data through a module's own beans then needs no scope of its own, while its requests still
     * run as their actor's municipality. The application never calls this.
     */
    public static void actForTheSystemWithoutAnActorOnThisThread(boolean enabled) {
        if (enabled) {
            WITHOUT_ACTOR.set(SYSTEM);
        } else {
            WITHOUT_ACTOR.remove();
        }
    }

    private static <T> T with(String scope, Supplier<T> work) {
        String before = CHOSEN.get();
        String effectiveBefore = current();
        boolean rescope =
                TransactionSynchronizationManager.isActualTransactionActive() && !scope.equals(effectiveBefore);
        CHOSEN.set(scope);
        try {
            if (rescope) {
                rescoping.rescope(scope);
            }
            return work.get();
        } finally {
            if (before == null) {
                CHOSEN.remove();
            } else {
                CHOSEN.set(before);
            }
            if (rescope && TransactionSynchronizationManager.isActualTransactionActive()) {
                rescoping.rescope(effectiveBefore);
            }
        }
    }
}
