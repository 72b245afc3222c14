package se.traden.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static se.traden.browser.Keyboard.Entry.pressing;
import static se.traden.browser.Keyboard.Entry.typing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.traden.support.CaseFixtures;

/**
 * The concern form and the decision form completed with the keyboard alone: the skip link first, the
 * fields in the order they stand on the page, the error summary taking the focus when something is
 * missing, and each form sent with Enter.
 */
class KeyboardOnlyBrowserIT extends BrowserTest {

    @Test
    void theConcernFormCanBeCompletedWithTheKeyboardAlone() {
        Child child = Child.fresh("Ville", "Ekholm");
        Tab skola = as("skola");
        skola.open("/concerns/new", "concern-form");
        var keys = new Keyboard(skola.page);

        // Sent empty with Enter in the first field: the error summary gets the focus, and its first link
        // leads to the field that needs an answer.
        keys.skipToContent();
        assertThat(keys.press("Tab").label()).isEqualTo("Barnets namn");
        keys.submit();
        skola.shows("concern-form-errors");
        assertThat(keys.focus().summary()).as("the error summary has the focus").isTrue();
        var firstError = keys.press("Tab");
        assertThat(firstError.tag()).isEqualTo("a");
        var expected = keys.expectedOrder("main form");
        skola.page.keyboard().press("Enter");
        assertThat(keys.focus().label()).as("the error link leads to its field").isEqualTo("Barnets namn");

        // Then completed from there with typing, Tab, Space and Enter.
        skola.page.keyboard().type(child.fullName());
        Map<String, Keyboard.Entry> entries = new LinkedHashMap<>();
        entries.put("Personnummer", typing(child.personalNumber()));
        entries.put("Vad oroar dig?", typing("Har inte varit i skolan på tre veckor och säger att hen inte orkar."));
        entries.put("Skolfrånvaro", pressing("Space"));
        entries.put("Psykisk ohälsa", pressing("Space"));
        entries.put("Nej", pressing("Space"));
        entries.put("Orosanmälan är gjord", pressing("Space"));
        entries.put("Din verksamhet", typing("Sjöskolan"));
        entries.put("Din funktion", typing("Elevhälsan"));
        entries.put("Ditt namn", typing("Kim Kurator"));
        entries.put("Hur når vi dig?", typing("elevhalsan@sjoskolan.example"));
        var order = keys.fill(entries, "Skicka oron", 60);
        assertThat(order).as("focus order follows the page").isEqualTo(expected.subList(1, expected.size()));
        skola.shows("concern-receipt-by-keyboard");
        assertThat(skola.heading()).isEqualTo("Tack, oron är mottagen");
    }

    @Test
    void theDecisionFormCanBeCompletedWithTheKeyboardAlone() throws Exception {
        Child child = Child.fresh("Saga", "Holmgren");
        var fixtures = new CaseFixtures(mvc, jdbc);
        String concern = fixtures.identifiedConcernAbout(registered(child), "Oro för skolfrånvaro");

        Tab ic = as("ic");
        ic.open("/concerns/" + concern + "/decision", "decision-form");
        var keys = new Keyboard(ic.page);

        // Asked for review without a case manager: the summary takes the focus.
        keys.skipToContent();
        keys.tabTo("Granska beslutet", 40);
        keys.submit();
        ic.shows("decision-form-errors");
        assertThat(keys.focus().summary()).as("the error summary has the focus").isTrue();

        // The error leads to the candidates; the case manager is picked among them with the arrow keys, the
        // reason typed, the review asked for and the decision confirmed, all from the keyboard.
        assertThat(keys.press("Tab").label()).isEqualTo("Välj en case manager");
        ic.page.keyboard().press("Enter");
        var first = keys.focus();
        assertThat(first.label()).isEqualTo("Cem Demir");
        assertThat(first.type()).isEqualTo("radio");
        assertThat(keys.press("ArrowDown").label()).isEqualTo("Maria Lind");
        assertThat(keys.press("Tab").label()).isEqualTo("Skäl till beslutet");
        ic.page.keyboard().type("Maria har kompetens inom skolfrånvaro.");
        assertThat(keys.press("Tab").label()).isEqualTo("Granska beslutet");
        keys.submit();
        ic.shows("decision-review-by-keyboard");
        assertThat(ic.text()).contains("Maria Lind", "Maria har kompetens inom skolfrånvaro.");

        keys.skipToContent();
        keys.tabTo("Bekräfta beslut", 20);
        keys.submit();
        ic.shows("concern-activated-by-keyboard");
        assertThat(ic.text()).contains("Strukturerad individsamverkan aktiverad", "Maria Lind");
    }
}
