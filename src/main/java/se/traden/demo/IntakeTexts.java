package se.traden.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.traden.intake.Complexity;
import se.traden.intake.ProblemArea;
import se.traden.organisation.ReportingOrganisationKind;

/**
 * The words of the intake, composed from fragments so that concerns differ from each other: the worry
 * as a reporter writes it, the coordinator's valuation, advice, feedback and reasons. All fictitious.
 */
final class IntakeTexts {
    private IntakeTexts() {}

    private static final Map<ProblemArea, List<String>> WORRIES = Map.of(
            ProblemArea.SCHOOL_ABSENCE,
            List.of(
                    "Frånvaron har ökat under terminen och ligger nu kring hälften av lektionerna.",
                    "Eleven kommer sent eller inte alls flera dagar i veckan och har tappat kontakten med klassen.",
                    "Vårdnadshavarna berättar att det är svårt att få iväg barnet på morgnarna.",
                    "Eleven har inte varit i skolan de senaste tre veckorna och svarar inte när mentor ringer.",
                    "Frånvaron är mest ströfrånvaro, men den gäller framför allt matematik och idrott."),
            ProblemArea.MENTAL_ILL_HEALTH,
            List.of(
                    "Barnet har berättat för kuratorn att hen sover dåligt och känner sig nedstämd.",
                    "Personal har sett tecken på självskada och barnet drar sig undan kamraterna.",
                    "Barnet beskriver stark oro inför skoldagen och har haft flera panikattacker.",
                    "Barnet äter dåligt och har gått ner i vikt under hösten enligt skolsköterskan.",
                    "Barnet säger själv att allt känns meningslöst och vill inte prata med någon hemma."),
            ProblemArea.CRIME,
            List.of(
                    "Polisen har flera gånger träffat på hen sent på kvällen med äldre ungdomar som är kända för brott.",
                    "Hen är misstänkt för snatteri och skadegörelse i centrum.",
                    "Det finns uppgifter om att hen har fått i uppdrag att förvara saker åt äldre kamrater.",
                    "Hen har varit inblandad i ett rån mot en jämnårig vid busstationen.",
                    "Hen har setts med kontanter och nya kläder som familjen inte kan förklara."),
            ProblemArea.SUBSTANCE_USE,
            List.of(
                    "Hen har vid två tillfällen varit påverkad av alkohol under helger.",
                    "Det finns uppgifter om att hen röker cannabis med kamrater efter skolan.",
                    "Hen hittades kraftigt berusad i en park och fick hämtas av vårdnadshavare.",
                    "Kamrater har berättat att hen köper tabletter via sociala medier."),
            ProblemArea.OTHER_NORM_BREAKING,
            List.of(
                    "Hen hamnar ofta i konflikter med vuxna och har hotat en annan elev.",
                    "Hen är ute sent på nätterna utan att vårdnadshavarna vet var hen är.",
                    "Hen har flera gånger rymt hemifrån och sovit hos okända vuxna.",
                    "Hen har spridit kränkande bilder på en klasskamrat."),
            ProblemArea.OTHER,
            List.of(
                    "Familjen har nyligen flyttat hit och barnet saknar nätverk.",
                    "Hemsituationen beskrivs som ansträngd efter en separation.",
                    "Ett syskon har nyligen placerats och barnet verkar ta det hårt.",
                    "Vårdnadshavaren är sjukskriven och orkar inte stötta barnet i vardagen."));

    private static final Map<ReportingOrganisationKind, List<String>> OPENERS = Map.of(
            ReportingOrganisationKind.SCHOOL,
            List.of("Elevhälsan är orolig för en elev.", "Mentor och kurator har sett en oroande utveckling."),
            ReportingOrganisationKind.INDEPENDENT_SCHOOL,
            List.of("Elevhälsan är orolig för en elev.", "Skolan vill få hjälp att samordna stödet kring en elev."),
            ReportingOrganisationKind.POLICE,
            List.of("Polisen vill uppmärksamma en ung person.", "Vid en kontroll i helgen uppstod oro för en ungdom."),
            ReportingOrganisationKind.LEISURE,
            List.of(
                    "Fritidsledarna har sett en förändring hos en ungdom.",
                    "En ungdom som brukar komma till oss har förändrats märkbart."),
            ReportingOrganisationKind.HEALTH_CARE,
            List.of("Vi har kontakt med ett barn och ser behov av samordning.", "Vården är orolig för ett barn."),
            ReportingOrganisationKind.SOCIAL_SERVICES,
            List.of("Öppenvården ser behov som går utöver vårt uppdrag.", "Behandlarna är oroliga för ett barn."),
            ReportingOrganisationKind.CIVIL_SOCIETY,
            List.of("Nattvandrarna har mött en ungdom flera helger i rad.", "Föreningen vill lyfta en oro."));

    private static final List<String> CLOSERS = List.of(
            "Vårdnadshavarna vet att vi tar kontakt.",
            "Vi har pratat med barnet, som vill ha hjälp.",
            "Vårdnadshavarna har inte gått att nå ännu.",
            "Vi vill gärna veta hur vi kan bidra.",
            "");

    static String worry(Set<ProblemArea> areas, ReportingOrganisationKind source, Dice dice) {
        List<String> parts = new ArrayList<>();
        parts.add(dice.pick(OPENERS.getOrDefault(source, OPENERS.get(ReportingOrganisationKind.SCHOOL))));
        for (ProblemArea area : sorted(areas)) {
            parts.add(dice.pick(WORRIES.get(area)));
        }
        parts.add(dice.pick(CLOSERS));
        return String.join(" ", parts).strip();
    }

    static List<ProblemArea> sorted(Set<ProblemArea> areas) {
        return areas.stream().sorted().toList();
    }

    static String mandatoryReportReason(Dice dice) {
        return dice.pick(
                "Oron bedöms inte som så allvarlig att en orosanmälan behövs; vi vill ha råd.",
                "Oron gäller skolsituationen, och elevhälsan arbetar redan med familjen.",
                "Vi vill först ha en konsultation om hur vi ska gå vidare.");
    }

    static String valuation(Complexity complexity, Dice dice) {
        return switch (complexity) {
            case LOW ->
                dice.pick(
                        "Avgränsad oro inom ett område; verksamheten har egna insatser på gång.",
                        "Oron gäller främst skolsituationen och kan hanteras av elevhälsan med stöd.");
            case MEDIUM ->
                dice.pick(
                        "Flera tecken pekar åt samma håll men en samlad bild saknas. Informationsinhämtning behövs.",
                        "Oro inom två livsområden; oklart om befintliga insatser räcker.");
            case HIGH ->
                dice.pick(
                        "Oro inom flera livsområden och flera aktörer inblandade. Samordnat stöd bedöms troligt.",
                        "Allvarlig och ökande oro med risk för etablering i kriminalitet. Skyndsam bedömning.",
                        "Komplex situation där familjen har kontakt med många verksamheter utan samordning.");
        };
    }

    static String simpleAdvice(ReportingOrganisationKind source, Dice dice) {
        return switch (source) {
            case SCHOOL, INDEPENDENT_SCHOOL ->
                dice.pick(
                        "Råd till elevhälsan: kalla till ett elevhälsomöte med vårdnadshavarna och följ upp frånvaron"
                                + " vecka för vecka. Hör av er igen om den inte minskar.",
                        "Råd till mentor: gör en kartläggning av frånvaron tillsammans med eleven och erbjud"
                                + " anpassningar. Kontakta oss igen om oron växer.");
            case POLICE -> "Råd: informera vårdnadshavarna och erbjud kontakt med fältgruppen.";
            default ->
                dice.pick(
                        "Råd om att stötta familjen att själv söka kontakt med öppenvården.",
                        "Råd om hur verksamheten kan samtala med barnet och vårdnadshavarna om oron.");
        };
    }

    static String firstFeedback(Dice dice) {
        return dice.pick(
                "Tack för att ni hörde av er. Vi har tagit emot oron och gör en första bedömning; besked kommer"
                        + " inom en vecka.",
                "Individkoordinatorn har tagit emot ärendet och inhämtar information. Vi återkommer om hur vi går"
                        + " vidare.",
                "Oron är mottagen. Vi kontaktar er för en kompletterande fråga och återkommer med besked.");
    }

    static String gatheringSummary(String outcome, Dice dice) {
        return switch (outcome) {
            case "CONFIRMED" ->
                dice.pick(
                        "Uppgifterna från skola och polis bekräftar oron och visar att den har vuxit under hösten.",
                        "Inhämtningen bekräftar oron; fler verksamheter har sett samma mönster.");
            case "DISMISSED" ->
                dice.pick(
                        "Inhämtningen visar att situationen har förbättrats och att stöd redan finns på plats.",
                        "Oron kvarstår inte i samma grad; skolan har fått ordning på frånvaron.");
            default ->
                dice.pick(
                        "Bilden är splittrad och flera aktörer behöver ses samtidigt. Bedömningsmöte kallas.",
                        "Komplex bild med uppgifter från flera håll. Behov av gemensam bedömning.");
        };
    }

    static String[] assessment(Dice dice) {
        return new String[] {
            dice.pick(
                    "Elevhälsan följer upp närvaron dagligen; fältgruppen söker kontakt under helgen.",
                    "Vårdnadshavarna informeras i dag; skolan erbjuder anpassat schema från nästa vecka."),
            dice.pick(
                    "Skola, socialtjänst och polis behöver samverka; en case manager föreslås hålla ihop arbetet.",
                    "Ett samlat stöd med skola, BUP och familjen, samordnat av en case manager."),
            dice.pick(
                    "Individkoordinatorn beslutar om aktivering senast fredag; skolan ansvarar för närvaron.",
                    "Individkoordinatorn fattar beslut efter mötet; varje aktör återkopplar sina åtgärder inom en"
                            + " vecka.")
        };
    }

    static String assessmentParticipants(Dice dice) {
        return dice.pick(
                "Individkoordinator, rektor, skolkurator, kontaktfunktion polis",
                "Individkoordinator, biträdande rektor, BUP, fältgruppen",
                "Individkoordinator, elevhälsans kurator, öppenvården, gruppchef");
    }

    static String activationReason(String caseManagerName, String competence, Dice dice) {
        String why = dice.pick(
                "Behoven spänner över flera livsområden och flera aktörer behöver samordnas.",
                "Oron har vuxit trots insatser i linjen och ingen håller ihop arbetet i dag.",
                "Akut läge som kräver en sammanhållen insats.");
        return why + " " + caseManagerName
                + (competence == null ? " har utrymme i sin ärendemängd." : " har erfarenhet av " + competence + ".");
    }

    static String receivingUnit(ReportingOrganisationKind source, String organisation, Dice dice) {
        return switch (source) {
            case SCHOOL, INDEPENDENT_SCHOOL -> "Elevhälsan på " + organisation;
            case POLICE -> dice.pick("Fältgruppen", "Öppenvården barn och unga");
            case HEALTH_CARE -> organisation;
            case LEISURE -> dice.pick("Fältgruppen", "Fritidsgården Hamnen");
            default -> "Öppenvården barn och unga";
        };
    }

    static String lineAdvice(Dice dice) {
        return dice.pick(
                "Följ upp med vårdnadshavarna inom två veckor och dokumentera förändringen.",
                "Erbjud samtal med kurator och håll kontakt med hemmet varje vecka.",
                "Bjud in familjen till ett gemensamt möte och hör av er igen om oron växer.");
    }

    static String lineReason(Dice dice) {
        return dice.pick(
                "Oron ryms i verksamhetens eget uppdrag; behov av samordning över flera aktörer saknas i nuläget.",
                "Insatser i linjen bedöms räcka; situationen är avgränsad.",
                "Familjen har redan ett fungerande stöd via öppenvården.");
    }

    static String lineReturns(Dice dice) {
        return dice.pick(
                "Verksamheten hör av sig igen: oron har vuxit trots insatserna och gäller nu fler områden.",
                "Nya uppgifter om kamratkretsen och ökad frånvaro; linjen ber om en ny bedömning.",
                "Familjen har tackat nej till insatserna i linjen och läget har förvärrats.");
    }

    static String handOver(Dice dice) {
        return dice.pick(
                "Togs emot av socialjouren under kvällen. Barnet är i säkerhet hos en anhörig. Överlämnas för"
                        + " fortsatt bedömning.",
                "Socialjouren har talat med vårdnadshavare i natt. Inget akut skyddsbehov kvarstår; lämnas över"
                        + " till individkoordinatorn.");
    }

    static String reengagementWorry(Dice dice) {
        return dice.pick(
                "Ny oro: frånvaron har kommit tillbaka efter sommaren och barnet mår sämre igen.",
                "Polisen har på nytt träffat på ungdomen i samma sällskap som tidigare.",
                "Vårdnadshavarna hör själva av sig och ber om hjälp igen efter en svår period.",
                "Skolan ser att de tidiga signalerna från förra året är tillbaka.");
    }
}
