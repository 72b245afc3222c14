package se.traden.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page checks themselves, on pages made for the purpose: they must fail on what they are there to
 * find, or the walks would prove nothing. No application is needed.
 */
class AxeBrowserIT {
    private BrowserContext context;
    private Tab tab;

    @BeforeEach
    void open() {
        context = Chromium.browser().newContext(new Browser.NewContextOptions().setLocale("sv-SE"));
        context.addInitScript(Axe.SCRIPT);
        tab = new Tab(context.newPage(), "self-check", "http://localhost");
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aFieldWithoutALabelIsACriticalViolation() {
        tab.page.setContent(page("<h1>Formulär</h1><form><input type=text name=x></form>"));
        assertThatThrownBy(() -> tab.shows("self-check-unlabelled"))
                .hasMessageContaining("serious or critical accessibility violations")
                .hasMessageContaining("label");
    }

    @Test
    void lowContrastIsASeriousViolation() {
        tab.page.setContent(page("<h1>Rubrik</h1><p style='color:#bbb;background:#fff'>Svag text</p>"));
        assertThatThrownBy(() -> tab.shows("self-check-contrast")).hasMessageContaining("color-contrast");
    }

    @Test
    void headingsOutOfOrderAndEnglishDatesAreFound() {
        tab.page.setContent(page("<h1>Rubrik</h1><h3>Underrubrik</h3>"));
        assertThatThrownBy(() -> tab.shows("self-check-headings")).hasMessageContaining("heading levels");
        tab.page.setContent(page("<h1>Rubrik</h1><p>Mottagen November 3, 2026</p>"));
        assertThatThrownBy(() -> tab.shows("self-check-dates")).hasMessageContaining("English month");
    }

    @Test
    void aSoundSwedishPagePasses() {
        tab.page.setContent(page("<h1>Rubrik</h1><h2>Del</h2><p>Mottagen 2026-11-03 14:05</p>"));
        tab.shows("self-check-sound");
        assertThat(tab.heading()).isEqualTo("Rubrik");
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=sv><head><title>Prov</title></head><body><main>" + body
                + "</main></body></html>";
    }
}
