package se.traden.collaboration;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import se.traden.casework.Phase;
import se.traden.organisation.CheckInCadence;

/**
 * How often the coordinator and the case manager check in on a case: at the intensive cadence while the
 * case is exploring or changing, or whenever it is marked intensive; at the other cadence otherwise. The
 * next check-in is due that many days after the last one, or after the case opened when there has been
 * none. The municipality sets both cadences (by default weekly and every other week).
 */
final class CheckInCadencePolicy {
    private CheckInCadencePolicy() {}

    /** When the next check-in is due and how late it is. */
    record Due(LocalDate since, boolean sinceOpening, int cadenceDays, LocalDate dueOn, int daysOverdue) {
        public boolean overdue() {
            return daysOverdue > 0;
        }
    }

    static boolean intensive(Phase phase, boolean markedIntensive) {
        return markedIntensive || phase == Phase.EXPLORING || phase == Phase.CHANGE;
    }

    static int cadenceDays(Phase phase, boolean markedIntensive, CheckInCadence cadence) {
        return intensive(phase, markedIntensive) ? cadence.intensiveDays() : cadence.otherDays();
    }

    static Due due(
            LocalDate lastCheckIn,
            LocalDate openedOn,
            Phase phase,
            boolean markedIntensive,
            CheckInCadence cadence,
            LocalDate today) {
        LocalDate since = lastCheckIn != null ? lastCheckIn : openedOn;
        int days = cadenceDays(phase, markedIntensive, cadence);
        LocalDate dueOn = since.plusDays(days);
        int overdue = (int) Math.max(0, ChronoUnit.DAYS.between(dueOn, today));
        return new Due(since, lastCheckIn == null, days, dueOn, overdue);
    }
}
