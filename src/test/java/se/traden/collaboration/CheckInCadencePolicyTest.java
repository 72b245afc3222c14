package se.traden.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.traden.casework.Phase;
import se.traden.organisation.CheckInCadence;

/** The check-in cadence rule, one case per clause. */
class CheckInCadencePolicyTest {
    static final CheckInCadence DEFAULT = new CheckInCadence(7, 14);
    static final LocalDate OPENED = LocalDate.of(2026, 3, 2);

    @Test
    void exploringAndChangeAreIntensiveWhateverTheFlag() {
        assertThat(CheckInCadencePolicy.cadenceDays(Phase.EXPLORING, false, DEFAULT))
                .isEqualTo(7);
        assertThat(CheckInCadencePolicy.cadenceDays(Phase.CHANGE, false, DEFAULT))
                .isEqualTo(7);
    }

    @Test
    void maintenanceFollowsTheOtherCadenceUnlessMarkedIntensive() {
        assertThat(CheckInCadencePolicy.cadenceDays(Phase.MAINTENANCE, false, DEFAULT))
                .isEqualTo(14);
        assertThat(CheckInCadencePolicy.cadenceDays(Phase.MAINTENANCE, true, DEFAULT))
                .isEqualTo(7);
    }

    @Test
    void theMunicipalitysOwnCadenceIsUsed() {
        assertThat(CheckInCadencePolicy.cadenceDays(Phase.CHANGE, false, new CheckInCadence(5, 21)))
                .isEqualTo(5);
        assertThat(CheckInCadencePolicy.cadenceDays(Phase.MAINTENANCE, false, new CheckInCadence(5, 21)))
                .isEqualTo(21);
    }

    @Test
    void dueFromTheOpeningUntilTheFirstCheckInThenFromTheLast() {
        var first = CheckInCadencePolicy.due(null, OPENED, Phase.EXPLORING, true, DEFAULT, OPENED.plusDays(7));
        assertThat(first.sinceOpening()).isTrue();
        assertThat(first.dueOn()).isEqualTo(OPENED.plusDays(7));
        assertThat(first.overdue()).isFalse();
        var late = CheckInCadencePolicy.due(null, OPENED, Phase.EXPLORING, true, DEFAULT, OPENED.plusDays(10));
        assertThat(late.daysOverdue()).isEqualTo(3);
        var afterOne = CheckInCadencePolicy.due(
                OPENED.plusDays(9), OPENED, Phase.EXPLORING, true, DEFAULT, OPENED.plusDays(10));
        assertThat(afterOne.dueOn()).isEqualTo(OPENED.plusDays(16));
        assertThat(afterOne.overdue()).isFalse();
    }
}
