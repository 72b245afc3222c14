package se.traden.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.SelectOption;

/** Steps of the chain that several walks share, each done through the pages as a person does it. */
final class Walk {
    private Walk() {}

    /** The school counsellor raises a concern about the child; returns the concern's reference. */
    static String raiseConcern(Tab skola, Child child) {
        skola.follow("Lyft en oro för ett barn");
        skola.shows("concern-form");
        skola.fill("Barnets namn", child.fullName())
                .fill("Personnummer", child.personalNumber())
                .fill("Skola eller förskola", "Sjöskolan")
                .fill(
                        "Vad oroar dig?",
                        "Hög frånvaro sedan höstlovet och uppgifter om att hen umgås med äldre ungdomar"
                                + " som är kända för stölder.")
                .choose("Skolfrånvaro")
                .choose("Brottslighet")
                .choose("Nej")
                .choose("Orosanmälan är gjord")
                .fill("Din verksamhet", "Sjöskolan")
                .fill("Din funktion", "Elevhälsan, kurator")
                .fill("Ditt namn", "Kim Kurator")
                .fill("Hur når vi dig?", "elevhalsan@sjoskolan.example");
        skola.press("Skicka oron");
        skola.shows("concern-receipt");
        assertThat(skola.heading()).isEqualTo("Tack, oron är mottagen");
        return skola.page.locator("dl.facts dd").first().innerText().strip();
    }

    /** The coordinator opens the concern from the inbox. */
    static void openConcern(Tab ic, String reference) {
        ic.follow("Inkorg");
        ic.shows("inbox");
        assertThat(ic.page
                        .getByRole(AriaRole.ROW)
                        .filter(new Locator.FilterOptions().setHasText(reference))
                        .innerText())
                .as("the inbox shows the next deadline and whether it is kept")
                .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}")
                .containsAnyOf("I tid", "Snart förfallen", "Försenad");
        ic.follow(reference);
        ic.shows("concern");
    }

    /** The coordinator's first valuation of the concern. */
    static void triage(Tab ic, String complexity, String valuation) {
        ic.in("#triage").choose(complexity).fill("Din bedömning", valuation).press("Spara första bedömningen");
        ic.shows("concern-triaged");
    }

    /**
     * The coordinator identifies the child: registers it on the way when nobody in the register fits,
     * comes back to the concern and picks the child among the suggestions.
     */
    static void identifyNewChild(Tab ic, Child child) {
        ic.in("#identify").follow("Registrera ett barn");
        ic.shows("register-child");
        ic.fill("Förnamn", child.givenNames())
                .fill("Efternamn", child.familyName())
                .fill("Personnummer eller samordningsnummer", child.personalNumber());
        ic.press("Registrera barnet");
        ic.shows("concern-child-registered");
        assertThat(ic.path()).startsWith("/concerns/");
        ic.in("#identify").press("Välj " + child.fullName());
        ic.shows("concern-child-identified");
        assertThat(ic.in("section[aria-labelledby=state]").text()).contains(child.fullName());
    }

    /**
     * Early information gathering: started, one question to the school's principal and its answer, each
     * with its legal basis and balancing, then concluded.
     */
    static void gatherInformation(Tab ic, String outcome) {
        ic.in("#start-gathering").press("Starta informationsinhämtning");
        ic.shows("concern-gathering");
        ic.in("section[aria-labelledby=state]").follow("Frågor till andra aktörer och deras svar");
        ic.shows("inquiries");
        ic.fill("Organisation", "Sjöskolan")
                .select("Slag av organisation", "Kommunal skola")
                .fill("Funktion", "Rektor")
                .fill("Frågan som ställdes", "Finns det något som bör sägas om eleven utöver frånvaron?")
                .choose("Nödvändigt för den egna verksamheten (10 kap. 2 § OSL)")
                .fill(
                        "Avvägning",
                        "Rektorn behöver veta att eleven är aktuell för att kunna svara; inget mer lämnas ut.")
                .choose("Identitet");
        ic.press("Spara frågan");
        ic.shows("inquiry-asked");
        ic.follow("Registrera svar");
        ic.shows("inquiry-answer");
        ic.fill("Vad som kom in", "Frånvaron är 40 procent sedan oktober; eleven har slutat på fritidsgården.")
                .choose("Skola")
                .choose("Generalklausulen (10 kap. 27 § OSL)")
                .fill("Avvägning", "Skolan bedömde att intresset av att barnet får stöd klart väger tyngre.")
                .choose("Vi begärde uppgifterna");
        ic.press("Spara svaret");
        ic.shows("inquiry-answered");
        ic.follow("Till oron");
        ic.shows("concern-back-from-inquiries");
        ic.in("#conclusion")
                .choose(outcome)
                .fill("Sammanfattning", "Skolan bekräftar hög frånvaro och ett nytt umgänge.")
                .press("Avsluta informationsinhämtningen");
        ic.shows("concern-gathering-concluded");
    }

    /** Feedback to the one who raised the concern, within the short window. */
    static void giveFeedback(Tab ic, String feedback) {
        ic.in("#feedback").fill("Återkoppling", feedback).press("Ge återkoppling");
        ic.shows("concern-feedback-given");
    }

    /** The assessment meeting at work-leader level, with its three outputs. */
    static void holdAssessment(Tab ic) {
        ic.in("#assessment")
                .fill("Deltagare", "Individkoordinator; rektor Sjöskolan; gruppchef")
                .fill("Omedelbara åtgärder", "Skolan följer upp närvaron dagligen.")
                .fill("Aktörer och arbetsform", "Skolan, fritidsgården och familjen; strukturerad samverkan.")
                .fill("Ansvar och mandat för nästa steg", "Individkoordinatorn beslutar om case manager i dag.")
                .press("Spara bedömningsmötet");
        ic.shows("concern-assessed");
    }

    /** The coordinator's decision to activate, with the chosen case manager, reviewed and confirmed. */
    static void activate(Tab ic, String caseManager, String reason) {
        ic.in("#decide").follow("Gå till beslutet");
        ic.shows("decision");
        ic.in("section[aria-labelledby=activate-heading]")
                .choose(caseManager)
                .fill("Skäl till beslutet", reason)
                .press("Granska beslutet");
        ic.shows("decision-review");
        assertThat(ic.text()).contains(caseManager, reason);
        ic.press("Bekräfta beslut");
        ic.shows("concern-activated");
    }

    /** The case manager opens the child's case from their list of cases. */
    static void openCase(Tab cm, Child child) {
        cm.follow("Ärenden");
        cm.shows("cases");
        cm.page
                .getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText(child.fullName()))
                .getByRole(AriaRole.LINK)
                .first()
                .click();
        cm.shows("case");
        assertThat(cm.heading()).contains(child.fullName());
    }

    /**
     * The case manager records the child's written consent to share school information with the given
     * organisations (each a name and a kind, at most two: the form offers two rows).
     */
    static void recordConsent(Tab cm, Child child, String... recipients) {
        openPart(cm, "Samtycken och grund för informationsdelning");
        cm.shows("consents");
        cm.choose(child.fullName() + " (barnet själv)")
                .choose("Skola")
                .fill("Syfte", "Att skolan och case managern kan planera stödet i skolan tillsammans.")
                .select("Hur samtycket gavs", "Skriftligt");
        for (int i = 0; i < recipients.length; i += 2) {
            cm.field("Organisationens namn").nth(i / 2).fill(recipients[i]);
            cm.field("Slags organisation").nth(i / 2).selectOption(new SelectOption().setLabel(recipients[i + 1]));
        }
        cm.press("Registrera samtycket");
        cm.shows("consent-recorded");
        assertThat(cm.text()).contains(recipients[0], "Giltigt");
    }

    /** A part of the case from the case page's list of parts. */
    static void openPart(Tab tab, String part) {
        tab.in("nav.case-parts").follow(part);
    }

    /** From a part of a case back to the case page, by the link every part has. */
    static void backToCase(Tab tab) {
        tab.follow("Tillbaka till ärendet");
        tab.shows("case");
    }

    /**
     * The page as the printer gets it: the application around the content (header, navigation, buttons,
     * links to other pages) stays out. Added to the gallery as it prints.
     */
    static void printed(Tab tab, String name) {
        tab.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        try {
            assertThat(tab.page.locator(".site-header").isVisible())
                    .as("header in print")
                    .isFalse();
            assertThat(tab.page.locator("main form").all().stream().noneMatch(f -> f.isVisible()))
                    .as("forms in print")
                    .isTrue();
            assertThat(tab.page.locator("main h1").isVisible()).isTrue();
            tab.page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Gallery.next(tab.user + "-" + name))
                    .setFullPage(true));
        } finally {
            tab.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        }
    }
}
