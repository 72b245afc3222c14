package se.traden.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One person's browser tab, logged in as their own function. Every page it lands on is checked the same
 * way ({@link #shows}): axe-core finds no serious or critical violation, the page is Swedish, has one
 * level-one heading and headings in order, shows no unresolved message key and no date outside the
 * Swedish format; then it goes into the screenshot gallery.
 */
final class Tab extends Scope {
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    private static final Pattern ENGLISH_DATE =
            Pattern.compile("\\b(January|February|March|April|June|July|August|September|October|November|December"
                    + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[AP]M)\\b");
    private static final Pattern MESSAGE_KEY = Pattern.compile("\\?\\?[\\w.-]+\\?\\?");

    /**
     * Runs axe-core (injected into every page of the context, see {@link Axe}) with all its rules and
     * returns the serious and critical violations, one line per element.
     */
    private static final String AXE_RUN = """
            async () => {
              const results = await axe.run(document, { resultTypes: ['violations'] });
              return results.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .flatMap(v => v.nodes.map(n =>
                  `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}: ${n.html}`));
            }""";

    final String user;
    private final String baseUrl;

    Tab(Page page, String user, String baseUrl) {
        super(page, page.locator("body"));
        this.user = user;
        this.baseUrl = baseUrl;
    }

    /** Goes to a page of the application by its path, as a typed address or a bookmark would. */
    Tab open(String path, String name) {
        page.navigate(baseUrl + path);
        return shows(name);
    }

    /** Checks the page the tab is on now and adds it to the gallery under the given name. */
    Tab shows(String name) {
        page.waitForLoadState(LoadState.LOAD);
        checkAccessibility(name);
        checkStructure(name);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Gallery.next(user + "-" + name))
                .setFullPage(true));
        return this;
    }

    /** Goes back in the browser's history, as the back button does, and checks where it landed. */
    Tab back(String name) {
        page.goBack();
        return shows(name);
    }

    /** A part of the page, to tell apart fields and buttons of the same name in different forms. */
    Scope in(String selector) {
        return new Scope(page, page.locator(selector));
    }

    String baseUrl() {
        return baseUrl;
    }

    String heading() {
        return page.locator("h1").innerText().strip();
    }

    String path() {
        return page.url().substring(baseUrl.length());
    }

    private void checkAccessibility(String name) {
        @SuppressWarnings("unchecked")
        List<String> blocking = (List<String>) page.evaluate(AXE_RUN);
        assertThat(blocking)
                .as("serious or critical accessibility violations on %s (%s)", name, page.url())
                .isEmpty();
    }

    private void checkStructure(String name) {
        assertThat(page.locator("html").getAttribute("lang"))
                .as("language of %s", name)
                .startsWith("sv");
        assertThat(page.locator("h1").count())
                .as("level-one headings on %s", name)
                .isEqualTo(1);
        @SuppressWarnings("unchecked")
        List<Number> levels = (List<Number>) page.evaluate(
                "() => [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')]"
                        + ".filter(h => h.getClientRects().length > 0 || h.closest('details'))"
                        + ".map(h => Number(h.tagName.substring(1)))");
        int previous = 0;
        for (Number level : levels) {
            assertThat(level.intValue())
                    .as("heading levels in order on %s: %s", name, levels)
                    .isLessThanOrEqualTo(previous + 1);
            previous = level.intValue();
        }
        String text = page.locator("body").innerText();
        assertThat(MESSAGE_KEY.matcher(text).find())
                .as("unresolved message key on %s", name)
                .isFalse();
        assertThat(ISO_INSTANT.matcher(text).results().map(m -> m.group()).toList())
                .as("dates and times in Swedish format on %s", name)
                .isEmpty();
        assertThat(ENGLISH_DATE.matcher(text).results().map(m -> m.group()).toList())
                .as("English month or day names on %s", name)
                .isEmpty();
    }
}
