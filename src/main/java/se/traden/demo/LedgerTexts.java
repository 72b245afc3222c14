package se.traden.demo;

import se.traden.disclosure.LegalBasis;
import se.traden.disclosure.PartyKind;

/**
 * The words of early information gathering and of disclosures: minimal questions, short answers, and the
 * documented balancing each secrecy-breaking provision asks for. All fictitious.
 */
final class LedgerTexts {
    private LedgerTexts() {}

    static String question(PartyKind kind, boolean identifying, Dice dice) {
        if (!identifying) {
            return "Utan att nämna namn: har ni sett en ökning av liknande oro bland elever i årskursen?";
        }
        return switch (kind) {
            case POLICE ->
                dice.pick(
                        "Finns det något som bör sägas om den här personen utifrån polisens uppgifter?",
                        "Förekommer personen i polisens underrättelser eller anmälningar det senaste året?");
            case HEALTH_CARE -> "Har barnet en kontakt hos er som är av betydelse för vår bedömning?";
            case LEISURE -> "Känner ni till barnet, och finns det något vi behöver veta för vår bedömning?";
            default ->
                dice.pick(
                        "Finns det något skolan bör berätta om eleven inför vår bedömning?",
                        "Hur ser närvaron och skolsituationen ut för eleven just nu?");
        };
    }

    static String answer(PartyKind kind, Dice dice) {
        return switch (kind) {
            case POLICE ->
                dice.pick(
                        "Personen förekommer i två anmälningar under det senaste halvåret och har setts i en grupp"
                                + " som polisen följer.",
                        "Inga anmälningar, men personen har påträffats ute sent vid tre tillfällen i höst.");
            case HEALTH_CARE ->
                dice.pick(
                        "Barnet har en pågående kontakt och har uteblivit från de två senaste besöken.",
                        "Barnet är aktuellt för utredning och står i kö för behandling.");
            case LEISURE -> "Ungdomen kommer till gården flera kvällar i veckan och har bytt umgänge i höst.";
            default ->
                dice.pick(
                        "Närvaron är 55 procent. Eleven har stöd av specialpedagog och mentor har kontakt med hemmet.",
                        "Eleven har svårt i flera ämnen och har haft konflikter med kamrater. Vårdnadshavarna är"
                                + " engagerade.");
        };
    }

    static String balancing(LegalBasis basis, Dice dice) {
        return switch (basis) {
            case OSL_10_2 ->
                dice.pick(
                        "Uppgiften att det finns en oro behöver lämnas för att vi ska kunna göra vår bedömning;"
                                + " inget mer lämnas än frågan.",
                        "Nödvändigt för socialtjänstens bedömning av oron. Endast barnets identitet och frågan"
                                + " lämnas.");
            case OSL_10_15A ->
                "Uppgifterna behövs för att förebygga brott. Inga tungt vägande skäl talar emot; barnets intresse"
                        + " av stöd väger tungt.";
            case OSL_10_18A ->
                dice.pick(
                        "Den unge riskerar att utveckla en kriminell livsstil. Särskilda omständigheter: nya"
                                + " uppgifter om äldre kamrater som rekryterar. Uppgiften behövs för att förhindra brott.",
                        "Särskilda omständigheter talar för att den unge kommer att begå brott inom kort;"
                                + " uppgiften lämnas för att polisen ska kunna förhindra det.");
            case OSL_10_27 ->
                dice.pick(
                        "Intresset av att barnet får ett samordnat stöd har uppenbart företräde framför det intresse"
                                + " som sekretessen skyddar.",
                        "Uppenbart att intresset av att uppgiften lämnas väger tyngre; uppgiften rör barnets"
                                + " säkerhet.");
            default -> null;
        };
    }

    static String disclosureSummary(PartyKind to, Dice dice) {
        return switch (to) {
            case POLICE ->
                dice.pick(
                        "Uppgift om att den unge har kontakt med socialtjänsten och om pågående risk.",
                        "Uppgift om att den unge befinner sig i en riskmiljö.");
            case SCHOOL, INDEPENDENT_SCHOOL ->
                dice.pick(
                        "Uppgift om planens insatser som rör skolgången.",
                        "Uppgift om hur skolan kan stötta eleven enligt planen.");
            case HEALTH_CARE -> "Uppgift om sociala omständigheter inför vårdbesök.";
            default -> "Uppgift om planerade insatser.";
        };
    }
}
