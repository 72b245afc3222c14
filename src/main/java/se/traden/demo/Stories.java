package se.traden.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import se.traden.organisation.CheckInCadence;
import se.traden.shared.FunctionType;
import se.traden.shared.StaffId;

/**
 * What every chapter of the stories shares: the modules' commands, the simulation that plays them in the
 * order of time, the staff, the municipality's check-in cadence, and the case managers' load.
 */
final class Stories {
    final Services services;
    final Simulation sim;
    final Roster roster;
    final Moments moments;
    final CheckInCadence cadence;
    final Map<StaffId, Integer> load = new HashMap<>();
    final IntakeChapter intake;
    final GatheringChapter gathering;
    final CaseChapter cases;
    final RhythmChapter rhythm;
    final PlanChapter plans;
    final SharingChapter sharing;
    final AuthorityChapter authority;
    final NetworkChapter network;

    Stories(Services services, Simulation sim, Roster roster, Moments moments, CheckInCadence cadence) {
        this.services = services;
        this.sim = sim;
        this.roster = roster;
        this.moments = moments;
        this.cadence = cadence;
        this.intake = new IntakeChapter(this);
        this.gathering = new GatheringChapter(this);
        this.cases = new CaseChapter(this);
        this.rhythm = new RhythmChapter(this);
        this.plans = new PlanChapter(this);
        this.sharing = new SharingChapter(this);
        this.authority = new AuthorityChapter(this);
        this.network = new NetworkChapter(this);
    }

    LocalDate today() {
        return sim.today();
    }

    Instant now() {
        return sim.now();
    }

    /** A holder of the coordinator function today; mostly the demo login when it holds the function. */
    Staffer coordinator(Dice dice) {
        return roster.one(FunctionType.INDIVIDUAL_COORDINATOR, today(), dice, 0.8);
    }

    <T> T as(Staffer who, Supplier<T> command) {
        return sim.as(who, command);
    }

    void as(Staffer who, Runnable command) {
        sim.as(who, command);
    }

    /** Plans a step of a child's story; a step after the end of the span is left out. */
    boolean at(Instant when, Simulation.Step step) {
        return sim.at(when, step);
    }
}
