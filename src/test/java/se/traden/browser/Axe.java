package se.traden.browser;

import com.deque.html.axecore.playwright.AxeBuilder;

/**
 * axe-core as Deque packages it for Playwright (com.deque.html.axe-core:playwright, which keeps it
 * current). It is added to every page of a browser context before the page's own scripts, so that it
 * is there without a script tag the page's Content-Security-Policy would refuse; {@link Tab} runs it.
 */
final class Axe {
    static final String SCRIPT = AxeBuilder.getAxeScript();

    private Axe() {}
}
