package se.traden.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;

/** Fields, buttons and links found as a person finds them: by their visible label or name. */
class Scope {
    final Page page;
    final Locator root;

    Scope(Page page, Locator root) {
        this.page = page;
        this.root = root;
    }

    Locator field(String label) {
        return root.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    Scope fill(String label, String value) {
        field(label).fill(value);
        return this;
    }

    /** Ticks a checkbox or picks a radio button by its label. */
    Scope choose(String label) {
        field(label).check();
        return this;
    }

    Scope select(String label, String option) {
        field(label).selectOption(new SelectOption().setLabel(option));
        return this;
    }

    Locator button(String name) {
        return root.getByRole(
                AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator link(String name) {
        return root.getByRole(
                AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Presses a button and waits for the page it leads to. */
    void press(String name) {
        button(name).click();
        page.waitForLoadState(LoadState.LOAD);
    }

    /** Follows a link and waits for the page it leads to. */
    void follow(String name) {
        link(name).click();
        page.waitForLoadState(LoadState.LOAD);
    }

    String text() {
        return root.innerText();
    }
}
