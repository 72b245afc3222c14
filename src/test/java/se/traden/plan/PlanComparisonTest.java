package se.traden.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.traden.plan.PlanComparison.Kind;
import se.traden.plan.PlanContent.Action;
import se.traden.plan.PlanContent.Evaluation;
import se.traden.plan.PlanContent.Goal;

/** The comparison of two revisions, goal by goal and field by field, without a database. */
class PlanComparisonTest {

    @Test
    void aRewordedGoalIsTheSameGoalChangedAndAnUntouchedOneIsUnchanged() {
        UUID school = UUID.randomUUID();
        UUID leisure = UUID.randomUUID();
        UUID call = UUID.randomUUID();
        LocalDate day = LocalDate.of(2026, 4, 1);
        var before = new PlanContent(
                List.of(
                        new Goal(
                                school,
                                LifeArea.SCHOOL_OR_OCCUPATION,
                                "Gå till skolan",
                                List.of(new Action(call, "Ringa mentorn", "Mamma", null, day)),
                                List.of(day),
                                null),
                        new Goal(leisure, LifeArea.LEISURE, "Fotboll", List.of(), List.of(), null)),
                "Bra",
                List.of(),
                null);
        var after = new PlanContent(
                List.of(
                        new Goal(
                                school,
                                LifeArea.SCHOOL_OR_OCCUPATION,
                                "Gå till skolan varje dag",
                                List.of(new Action(call, "Ringa mentorn", "Pappa", null, day)),
                                List.of(day),
                                new Evaluation(true, "Bättre")),
                        new Goal(leisure, LifeArea.LEISURE, "Fotboll", List.of(), List.of(), null)),
                "Bra",
                List.of(),
                "Ring Kim");

        var comparison = PlanComparison.between(1, before, 2, after);

        assertThat(comparison.goals())
                .extracting(PlanComparison.GoalComparison::kind)
                .containsExactly(Kind.CHANGED, Kind.UNCHANGED);
        assertThat(comparison.goals().getFirst().changes())
                .extracting(c -> c.field() + ":" + c.kind() + ":" + c.before() + "→" + c.after())
                .containsExactly(
                        "aim:CHANGED:Gå till skolan→Gå till skolan varje dag",
                        "action.who:CHANGED:Mamma→Pappa",
                        "evaluated:CHANGED:false→true",
                        "outcome:ADDED:null→Bättre");
        assertThat(comparison.plan()).extracting(PlanComparison.Change::field).containsExactly("difficultiesPlan");
        assertThat(PlanComparison.between(2, after, 2, after).identical()).isTrue();
    }
}
