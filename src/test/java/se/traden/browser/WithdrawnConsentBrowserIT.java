package se.traden.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Consent withdrawn, first in part and then in whole: each time confirmed before it is saved, with
 * immediate effect, and the case goes on in internal coordination. The activation is made through the
 * API; {@link ChainToActivationBrowserIT} walks it through the pages.
 */
class WithdrawnConsentBrowserIT extends BrowserTest {

    @Test
    void consentWithdrawnInPartThenInWhole() throws Exception {
        Child child = Child.fresh("Alva", "Nordin");
        activatedCase(child, "cm2");

        Tab cm = as("cm2");
        Walk.openCase(cm, child);
        Walk.recordConsent(
                cm, child, "Sjöskolan", "Kommunal skola", "Fritidsgården Sjöstad", "Kommunal fritidsverksamhet");

        // In part: the leisure centre no longer receives anything.
        cm.follow("Återkalla helt eller delvis");
        cm.shows("consent-withdraw-part");
        cm.choose("En del: vissa mottagare och/eller vissa uppgifter")
                .choose("Fritidsgården Sjöstad")
                .fill("Vem meddelade återkallelsen", "Alva själv, muntligt");
        cm.press("Fortsätt");
        cm.shows("consent-withdraw-part-confirm");
        assertThat(cm.text()).contains("kan inte ångras");
        cm.press("Återkalla");
        cm.shows("consent-partly-withdrawn");
        assertThat(cm.text()).contains("Delvis återkallat", "Fritidsgården Sjöstad");
        cm.back("back-after-withdrawal");
        assertThat(cm.path())
                .as("back from the withdrawal: the consents as they are now")
                .endsWith("/consents");
        assertThat(cm.text()).contains("Delvis återkallat");

        // In whole: no valid consent is left, and the work goes on in internal coordination.
        cm.follow("Återkalla helt eller delvis");
        cm.shows("consent-withdraw-whole");
        cm.choose("Hela samtycket").fill("Vem meddelade återkallelsen", "Mamma, per telefon");
        cm.press("Fortsätt");
        cm.shows("consent-withdraw-whole-confirm");
        cm.press("Återkalla");
        cm.shows("consent-withdrawn");
        assertThat(cm.text()).contains("Återkallat", "Intern samordning.");

        Walk.backToCase(cm);
        assertThat(cm.text()).contains("Intern samordning");
    }
}
