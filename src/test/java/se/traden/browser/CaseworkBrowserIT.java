package se.traden.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The case manager's work from a newly activated case to closure with a maintaining contact, and back:
 * consent, the plan written and revised, contacts, a check-in with the coordinator, closure confirmed
 * before it happens, the plan and the case summary printed, and a new worry from the school that the
 * coordinator sends straight back to the same case manager. The activation itself is made through the
 * API here; {@link ChainToActivationBrowserIT} walks it through the pages.
 */
class CaseworkBrowserIT extends BrowserTest {

    @Test
    void fromConsentToClosureWithMaintenanceAndBackToTheSameCaseManager() throws Exception {
        Child child = Child.fresh("Noah", "Bergkvist");
        activatedCase(child, "cm1");

        Tab cm = as("cm1");
        Walk.openCase(cm, child);

        // Consent, established early and explained as support.
        Walk.recordConsent(cm, child, "Sjöskolan", "Kommunal skola");

        // The plan, made and then revised after a month of close contact.
        Walk.backToCase(cm);
        Walk.openPart(cm, "Handlings- och förändringsplan");
        cm.shows("plan-none");
        cm.follow("Gör planen");
        cm.shows("plan-make");
        cm.select("Livsområde", "Skola eller sysselsättning")
                .fill("Mål", "Noah går till skolan varje dag och klarar matte och svenska.")
                .fill("Vad", "Morgonsamtal varje skoldag")
                .fill("… eller någon annan (skriv vem)", "Mentor på Sjöskolan")
                .fill("Senast", LocalDate.now().plusWeeks(4).toString())
                .fill("Barnets egen syn", "Jag vill klara nian.")
                .fill("Vad ändrades", "Första versionen.")
                .fill("Varför", "Gjord tillsammans med Noah och hans mamma.");
        cm.press("Spara ny version");
        cm.shows("plan-version-1");
        cm.follow("Revidera planen");
        cm.shows("plan-revise");
        cm.choose("Målet är utvärderat")
                .fill("Resultat", "Närvaron är uppe i 90 procent.")
                .fill(
                        "Plan för svårigheter innan de blir akuta",
                        "Om frånvaron ökar igen ringer mentorn case managern samma dag.")
                .fill("Vad ändrades", "Målet utvärderat och en plan för svårigheter.")
                .fill("Varför", "Uppföljning efter en månad.");
        cm.press("Spara ny version");
        cm.shows("plan-version-2");
        assertThat(cm.text()).contains("Version 2");
        Walk.printed(cm, "plan-print");

        // Contacts with the child and the family.
        Walk.backToCase(cm);
        Walk.openPart(cm, "Kontakter");
        cm.shows("contacts");
        cm.select("Hur", "Hembesök")
                .choose("Barnet")
                .choose("Vårdnadshavare")
                .fill("Kort anteckning", "Pratade om morgonrutiner.");
        cm.press("Spara kontakten");
        cm.shows("contact-logged");
        assertThat(cm.text()).contains("Hembesök");
        Walk.backToCase(cm);
        assertThat(cm.in("section.case-glance").text())
                .as("the case says what comes next, and by when")
                .containsPattern("Nästa steg: .+ – \\d{4}-\\d{2}-\\d{2}");

        // The coordinator's check-in with the case manager.
        Tab ic = as("ic");
        ic.open(cm.path().replaceAll("/contacts.*", ""), "case");
        Walk.openPart(ic, "Avstämningar");
        ic.shows("check-ins");
        ic.fill("Risk och behov mot insatserna som finns", "Risken minskar; närvaron är bättre.")
                .fill("Familjens egna resurser och hur de upplever dem", "Mamman ser att rutinerna hjälper.")
                .choose("Ja");
        ic.press("Spara avstämningen");
        ic.shows("check-in-held");

        // Closure with a maintaining contact: reviewed, confirmed, then the case is in maintenance.
        cm.page.reload();
        cm.shows("case-after-check-in");
        String maintainUntil = LocalDate.now().plusMonths(6).toString();
        cm.in("#closure")
                .fill("Vidmakthållande kontakt till och med", maintainUntil)
                .fill("Skäl", "Vardagen är stabil och övergången till gymnasiet är planerad.");
        cm.in("#closure").press("Granska avslutet");
        cm.shows("closure-review");
        assertThat(cm.text()).contains(maintainUntil);
        cm.press("Avsluta ärendet");
        cm.shows("case-in-maintenance");
        assertThat(cm.text()).contains("Vidmakthållande kontakt");
        cm.back("back-after-closure");
        assertThat(cm.heading()).contains(child.fullName());
        assertThat(cm.text()).as("back from the closure: the case as it is now").contains("Vidmakthållande kontakt");
        Walk.openPart(cm, "Sammanfattning för utskrift");
        cm.shows("case-summary");
        Walk.printed(cm, "case-summary-print");

        // A new worry: the coordinator sends it straight back to the same case manager.
        Tab skola = as("skola");
        String reference = Walk.raiseConcern(skola, child);
        Walk.openConcern(ic, reference);
        ic.in("#identify").press("Välj " + child.fullName());
        ic.shows("concern-known-child");
        assertThat(ic.in("#earlier-case").text()).contains("Cem Demir");
        ic.in("#earlier-case").follow("Återaktivera ärendet");
        ic.shows("reengagement");
        ic.fill("Den nya oron", "Frånvaron har ökat igen efter jullovet.");
        ic.press("Återaktivera ärendet");
        ic.shows("case-reengaged");

        cm.follow("Ärenden");
        cm.shows("cases-after-reengagement");
        assertThat(cm.text()).contains(child.fullName());
    }
}
