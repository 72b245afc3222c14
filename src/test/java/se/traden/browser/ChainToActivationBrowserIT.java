package se.traden.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The chain from a worry to a case, as the people do it: the school counsellor raises a concern; the
 * coordinator triages it, identifies the child, gathers information with a legal basis, gives feedback,
 * holds an assessment meeting and activates structured collaboration with a case manager of their
 * choice; the counsellor sees the feedback; the case manager finds the new case.
 */
class ChainToActivationBrowserIT extends BrowserTest {

    @Test
    void aSchoolsWorryBecomesACaseWithTheCaseManagerTheCoordinatorChose() {
        Child child = Child.fresh("Elsa", "Strandberg");

        Tab skola = as("skola");
        String reference = Walk.raiseConcern(skola, child);

        Tab ic = as("ic");
        Walk.openConcern(ic, reference);
        assertThat(ic.heading()).contains(reference, child.fullName());
        Walk.triage(ic, "Hög", "Frånvaro och nytt umgänge; behöver mer underlag från skolan.");
        Walk.identifyNewChild(ic, child);
        Walk.gatherInformation(ic, "Ett bedömningsmöte behövs");
        Walk.giveFeedback(
                ic, "Tack för att du hörde av dig. Vi samlar in mer information och håller ett bedömningsmöte.");
        Walk.holdAssessment(ic);
        Walk.activate(ic, "Maria Lind", "Maria har kompetens inom skolfrånvaro och plats för ett ärende till.");
        assertThat(ic.text()).contains("Strukturerad individsamverkan aktiverad");

        skola.follow("Mina oron");
        skola.shows("my-concerns");
        assertThat(skola.text()).contains(reference, "Vi samlar in mer information");
    }
}
