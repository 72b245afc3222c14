package se.traden.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Works a page with the keyboard alone, the way a person who cannot use a mouse does. */
final class Keyboard {
    /** What has the focus: its id, its kind and the text a person hears for it. */
    record Focus(String id, String tag, String type, String name, String label, boolean summary) {
        boolean is(String text) {
            return label.equals(text);
        }
    }

    /** A form field and what to do there: type text, or press a key (space ticks, arrows move). */
    record Entry(String text, String key) {
        static Entry typing(String text) {
            return new Entry(text, null);
        }

        static Entry pressing(String key) {
            return new Entry(null, key);
        }
    }

    private final Page page;

    Keyboard(Page page) {
        this.page = page;
    }

    Focus focus() {
        @SuppressWarnings("unchecked")
        Map<String, Object> f = (Map<String, Object>) page.evaluate("""
                () => {
                  const e = document.activeElement;
                  const label = e.labels && e.labels.length ? e.labels[0].innerText
                      : (e.getAttribute('aria-label') || e.innerText || '');
                  return { id: e.id || '', tag: e.tagName.toLowerCase(), type: e.type || '', name: e.name || '',
                           label: label.trim(), summary: e.classList.contains('error-summary') };
                }""");
        return new Focus(
                (String) f.get("id"),
                (String) f.get("tag"),
                (String) f.get("type"),
                (String) f.get("name"),
                (String) f.get("label"),
                Boolean.TRUE.equals(f.get("summary")));
    }

    Focus press(String key) {
        page.keyboard().press(key);
        return focus();
    }

    /** Enter on a button or in a field sends the form; waits for the page that answers. */
    @SuppressWarnings("deprecation")
    void submit() {
        page.waitForNavigation(() -> page.keyboard().press("Enter"));
        page.waitForLoadState();
    }

    /** Tab, tab, tab... until the focus is on what the person is looking for. */
    Focus tabTo(String label, int atMost) {
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < atMost; i++) {
            Focus f = press("Tab");
            if (f.is(label)) {
                return f;
            }
            passed.add(f.label());
        }
        throw new AssertionError("no \"" + label + "\" within " + atMost + " tabs; passed " + passed);
    }

    /**
     * The skip link is the first thing the keyboard reaches; following it puts the focus on the content,
     * so that the next tab lands in the page's own content, not in the navigation.
     */
    void skipToContent() {
        assertThat(press("Tab").label()).isEqualTo("Hoppa till innehållet");
        page.keyboard().press("Enter");
        assertThat(focus().id()).isEqualTo("main");
    }

    /**
     * Fills a form with the keyboard alone: tabs through it from where the focus is to its submit button,
     * acting on each field it has an entry for and passing the others, then presses Enter on the button.
     * Returns the ids of the fields the focus passed through, in order.
     */
    List<String> fill(Map<String, Entry> entries, String submit, int atMost) {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < atMost; i++) {
            Focus f = press("Tab");
            if (f.tag().equals("button") && f.is(submit)) {
                assertThat(order)
                        .as("fields the form has an entry for were all reached")
                        .containsAll(entries.keySet().stream()
                                .map(label -> idOf(label))
                                .toList());
                submit();
                return order;
            }
            order.add(f.id());
            Entry entry = entries.get(f.label());
            if (entry == null) {
                continue;
            }
            if (entry.text() != null) {
                page.keyboard().type(entry.text());
            } else {
                page.keyboard().press(entry.key());
            }
        }
        throw new AssertionError("no \"" + submit + "\" button within " + atMost + " tabs; passed " + order);
    }

    private String idOf(String label) {
        return (String) page.evaluate(
                "label => [...document.querySelectorAll('label')].find(l => l.innerText.trim() === label)?.htmlFor ?? ''",
                label);
    }

    /**
     * The order a keyboard should take through the form: its fields in the order they stand on the page,
     * each group of radio buttons once (at its checked button, or the first).
     */
    List<String> expectedOrder(String formSelector) {
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) page.evaluate("""
                selector => {
                  const form = document.querySelector(selector);
                  const seen = new Set();
                  const ids = [];
                  for (const e of form.querySelectorAll('input, select, textarea')) {
                    if (e.type === 'hidden' || e.disabled || e.tabIndex < 0 || !e.getClientRects().length) continue;
                    if (e.type === 'radio') {
                      if (seen.has(e.name)) continue;
                      seen.add(e.name);
                      const group = [...form.querySelectorAll(`input[type=radio][name="${e.name}"]`)];
                      ids.push((group.find(r => r.checked) || group[0]).id);
                      continue;
                    }
                    ids.push(e.id);
                  }
                  return ids;
                }""", formSelector);
        return ids;
    }
}
