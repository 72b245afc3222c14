package se.traden.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A case worker finds a child by part of the name or by the personal identity number, in any common form. */
class FindingAChildBrowserIT extends BrowserTest {

    @Test
    void aChildIsFoundByNameAndByPersonalNumber() throws Exception {
        Child child = Child.fresh("Tindra", "Sjöberg");
        registered(child);

        Tab ic = as("ic");
        ic.follow("Personer");
        ic.shows("people-search");
        ic.fill("Namn", "sjöb");
        ic.press("Sök");
        ic.shows("people-found-by-name");
        assertThat(ic.text()).contains("Sökresultat", child.fullName(), child.personalNumber());

        ic.follow(child.fullName());
        ic.shows("person");
        assertThat(ic.heading()).isEqualTo(child.fullName());

        // Back to a new search from the person page, by number without the century and the hyphen.
        ic.follow("Sök en annan person");
        ic.shows("people-search-again");
        String shortNumber = child.personalNumber().substring(2).replace("-", "");
        ic.fill("Personnummer eller samordningsnummer", shortNumber);
        ic.press("Sök");
        ic.shows("people-found-by-number");
        assertThat(ic.text()).contains("1 träffar", child.fullName());
    }
}
