package se.traden.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The other outcome of the coordinator's decision: the concern is left with the line, the school that
 * has the natural mission. The school sees the concern as handled; when the school comes back, the
 * coordinator opens the same concern again for a new assessment.
 */
class LineOutcomeBrowserIT extends BrowserTest {

    @Test
    void aConcernLeftWithTheLineAndTheLineComingBack() {
        Child child = Child.fresh("Leo", "Sandström");
        Tab skola = as("skola");
        String reference = Walk.raiseConcern(skola, child);

        Tab ic = as("ic");
        Walk.openConcern(ic, reference);
        assertThat(ic.in("#deadlines").text()).as("deadlines on the concern").contains("Återkoppling", "Beslut");
        Walk.triage(ic, "Låg", "Skolan har verktygen; elevhälsan följer upp närvaron.");
        Walk.giveFeedback(ic, "Skolan fortsätter med elevhälsans närvaroarbete. Hör av er om det inte räcker.");

        ic.in("#decide").follow("Gå till beslutet");
        ic.shows("decision");
        var line = ic.in("section[aria-labelledby=line-heading]");
        line.fill("Vilken verksamhet tar över?", "Sjöskolan, elevhälsan")
                .fill("Råd som har getts", "Närvarotrappan och ett samtal med vårdnadshavarna.")
                .fill("Skäl till beslutet", "Frånvaron är ny och skolan har inte prövat sina egna insatser.")
                .press("Granska beslutet");
        ic.shows("line-decision-review");
        assertThat(ic.text()).contains("Hanteras i linjen", "Sjöskolan, elevhälsan");
        ic.press("Bekräfta beslut");
        ic.shows("concern-left-with-the-line");
        assertThat(ic.text()).contains("Hanteras i linjen");

        // The back button after the confirmed decision leads to the decision page, which says the concern
        // is decided and leads back to it: no form sent twice, no dead end.
        ic.back("back-after-decision");
        assertThat(ic.path()).endsWith("/decision");
        assertThat(ic.text()).contains("Oron är redan avgjord");
        ic.follow("Tillbaka till " + reference);
        ic.shows("concern-again");

        skola.follow("Mina oron");
        skola.shows("my-concerns-handled");
        assertThat(skola.text()).contains(reference, "Skolan fortsätter med elevhälsans närvaroarbete");

        // The line comes back: the same concern opens again, with its history and new deadlines.
        ic.in("#line-return")
                .fill("Vad har förändrats?", "Frånvaron har ökat trots närvarotrappan.")
                .press("Öppna oron igen");
        ic.shows("concern-reopened");
        assertThat(ic.text()).contains("Frånvaron har ökat trots närvarotrappan.");
        assertThat(ic.in("#decide").text()).contains("Gå till beslutet");
    }
}
