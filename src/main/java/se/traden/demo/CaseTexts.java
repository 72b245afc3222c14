package se.traden.demo;

import java.util.List;
import java.util.Map;
import se.traden.collaboration.ContactKind;
import se.traden.plan.LifeArea;

/**
 * The words of case work: goals and actions of the plan, views, reasons for moves between phases, notes
 * of contacts and check-ins, investigation decisions, transitions and reviews. All fictitious.
 */
final class CaseTexts {
    private CaseTexts() {}

    /** A goal's aim and the actions that fit it: what, and who when it is not the case manager. */
    record GoalText(String aim, List<String[]> actions) {}

    static final Map<LifeArea, List<GoalText>> GOALS = Map.of(
            LifeArea.SCHOOL_OR_OCCUPATION,
            List.of(
                    new GoalText(
                            "Att gå i skolan minst fyra dagar i veckan",
                            List.of(
                                    new String[] {"Anpassat schema med kortare dagar i början", "Mentor på skolan"},
                                    new String[] {"Morgonstöd två dagar i veckan", null},
                                    new String[] {"Veckovis uppföljning av närvaron", "Elevhälsan"})),
                    new GoalText(
                            "Att klara godkänt i svenska och matematik",
                            List.of(
                                    new String[] {"Studiestöd efter skoltid", "Specialpedagog"},
                                    new String[] {"Samtal om motivation och framtid", null}))),
            LifeArea.HEALTH,
            List.of(
                    new GoalText(
                            "Att sova bättre och orka med vardagen",
                            List.of(
                                    new String[] {"Följa med till första besöket på ungdomsmottagningen", null},
                                    new String[] {"Samtal om sömn och rutiner", "Skolsköterskan"})),
                    new GoalText(
                            "Att få en bedömning av sitt psykiska mående",
                            List.of(
                                    new String[] {"Remiss till barn- och ungdomspsykiatrin", "Vårdcentralen"},
                                    new String[] {"Stöttande samtal i väntan på bedömning", null})),
                    new GoalText(
                            "Att sluta använda alkohol och droger",
                            List.of(
                                    new String[] {"Kontakt med öppenvårdens ungdomsmottagning för beroende", null},
                                    new String[] {"Regelbundna drogtester enligt överenskommelse", "Öppenvården"}))),
            LifeArea.LEISURE,
            List.of(new GoalText(
                    "Att ha en meningsfull fritidsaktivitet varje vecka",
                    List.of(
                            new String[] {"Prova på fotboll eller gym tillsammans", null},
                            new String[] {"Introduktion på fritidsgården", "Fritidsledare"}))),
            LifeArea.FAMILY,
            List.of(new GoalText(
                    "Att samtalen hemma blir lugnare och tydligare",
                    List.of(
                            new String[] {"Familjesamtal varannan vecka", null},
                            new String[] {"Föräldrastödsprogram", "Vårdnadshavarna"}))),
            LifeArea.FRIENDS,
            List.of(new GoalText(
                    "Att hitta kamrater utanför den krets som oron gäller",
                    List.of(
                            new String[] {"Kartlägga nätverket tillsammans med den unge", null},
                            new String[] {"Följe till en ny aktivitet på kvällstid", "Fältgruppen"}))),
            LifeArea.CRIME,
            List.of(new GoalText(
                    "Att inte begå nya brott",
                    List.of(
                            new String[] {"Samtal om konsekvenser och alternativ", null},
                            new String[] {"Kontakt med fältgruppen kvällstid", "Fältgruppen"},
                            new String[] {"Medling efter skadegörelsen", "Medlingsverksamheten"}))));

    static String outcome(Dice dice) {
        return dice.pick(
                "Målet är nått: närvaron har legat över 80 procent i sex veckor.",
                "Delvis nått; tydlig förbättring och den unge vill fortsätta på egen hand.",
                "Nått. Den unge och familjen beskriver att vardagen fungerar.",
                "Inte helt nått, men stödet fortsätter i linjen och familjen vet vart de ska vända sig.");
    }

    static String childView(Dice dice) {
        return dice.pick(
                "Jag vill komma tillbaka till skolan men inte till samma klass.",
                "Det är bra att någon håller ihop allt, jag orkar inte berätta samma sak för alla.",
                "Jag vill ha hjälp med sömnen och att slippa bråken hemma.",
                "Jag tycker planen är okej om jag får vara med och bestämma tider.");
    }

    static String guardianView(Dice dice) {
        return dice.pick(
                "Vi är lättade över att ha en person att vända oss till.",
                "Vi vill att skolan tar mer ansvar för anpassningarna.",
                "Planen känns rimlig; vi behöver stöd i hur vi ska sätta gränser.",
                "Vi är oroliga för kamraterna och vill ha tätare kontakt.");
    }

    static String difficultiesPlan(Dice dice) {
        return dice.pick(
                "Om frånvaron ökar igen: mentor kontaktar vårdnadshavarna samma dag och elevhälsan kallar till möte"
                        + " inom en vecka. Familjen kan ringa individkoordinatorn direkt.",
                "Vid tecken på återfall: den unge pratar med sin kontaktperson, vårdnadshavarna kontaktar"
                        + " öppenvården och case managern bjuds in till ett uppföljande samtal.",
                "Varningssignaler är sena kvällar och nya kontakter. Då ringer familjen fältgruppen, och skolan"
                        + " hör av sig till individkoordinatorn.");
    }

    static String revisionSummary(int number, Dice dice) {
        return number == 1
                ? "Planen upprättad tillsammans med den unge och vårdnadshavarna"
                : dice.pick(
                        "Mål justerade efter en månads nära kontakt",
                        "Ny insats tillagd och uppföljningsdatum flyttade",
                        "Mål utvärderade och nytt mål för fritiden",
                        "Åtgärder uppdaterade efter nätverksmötet");
    }

    static String revisionReason(int number, Dice dice) {
        return number == 1
                ? "Kartläggningen är klar"
                : dice.pick(
                        "Uppföljning enligt planen",
                        "Familjen bad om ändring",
                        "Skolan har infört anpassningar som fungerar",
                        "Nya uppgifter om kamratkretsen");
    }

    static final String CLOSING_SUMMARY = "Alla mål utvärderade och plan för svårigheter upprättad";
    static final String CLOSING_REASON = "Inför avslut av den strukturerade samverkan";

    static String toChange(Dice dice) {
        return dice.pick(
                "Kartläggningen är klar och planen är gemensamt upprättad; förändringsarbetet börjar.",
                "Den unge och familjen är redo att arbeta med målen i planen.");
    }

    static String toMaintenance(Dice dice) {
        return dice.pick(
                "Skolgången har stabiliserats och familjen hanterar vardagen allt mer själv.",
                "Förändringen håller sedan två månader; fokus nu på att bibehålla.");
    }

    static String backToExploring(Dice dice) {
        return dice.pick(
                "Nya uppgifter om kamratkretsen gör att bilden behöver kartläggas på nytt.",
                "En händelse i hemmet har ändrat förutsättningarna; vi kartlägger igen.");
    }

    static String intensityEased(Dice dice) {
        return dice.pick("Färre kontakter behövs när vardagen fungerar.", "Trappar ned i samråd med familjen.");
    }

    static String intensityRaised(Dice dice) {
        return dice.pick(
                "Oro efter en händelse i helgen; tätare kontakt under en period.",
                "Skolan rapporterar ny frånvaro; intensiteten höjs tillfälligt.");
    }

    static String closure(Dice dice) {
        return dice.pick(
                "Vardagen är stabil och övergången till gymnasiet är säkrad. Familjen vet hur de gör om"
                        + " svårigheter återkommer.",
                "Målen är utvärderade och stödet fortsätter i linjen. Avslut i samråd med den unge.",
                "Den unge och familjen klarar sig nu med ordinarie stöd.");
    }

    static String maintenanceEnded(Dice dice) {
        return dice.pick("Sista uppföljningen gjord; inget nytt stödbehov.", "Den vidmakthållande kontakten avslutas.");
    }

    static String followUp(Dice dice) {
        return dice.pick(
                "Uppföljande samtal med den unge och vårdnadshavarna",
                "Avstämning med mentor om närvaron",
                "Kort uppföljning inför terminsstarten");
    }

    static String followUpDone(Dice dice) {
        return dice.pick("Allt fungerar; nästa kontakt vid terminsstart.", "Mår bra, fortsatt god närvaro.");
    }

    static String contactNote(ContactKind kind, Dice dice) {
        return switch (kind) {
            case PHONE -> dice.pick("Avstämning om veckan.", "Samtal om morgonrutinerna.", "Bokade nästa träff.");
            case TEXT_MESSAGE -> dice.pick("Påminnelse om mötet i morgon.", "Kort hälsning, svar samma kväll.");
            case PHYSICAL_MEETING ->
                dice.pick("Samtal om mål och motivation.", "Gick igenom planen tillsammans.", "Samtal om kamrater.");
            case SPONTANEOUS_MEETING -> dice.pick("Möttes utanför skolan, pratade en stund.", "Sågs i centrum.");
            case HOME_VISIT -> dice.pick("Hembesök med hela familjen.", "Hembesök; lugn stämning.");
            case ACCOMPANYING_TO_ACTIVITY -> dice.pick("Följde med till träningen.", "Följde med till BUP.");
            case DIGITAL -> "Videosamtal med vårdnadshavarna.";
        };
    }

    static String riskAndNeeds(Dice dice) {
        return dice.pick(
                "Risken bedöms som oförändrad; insatserna motsvarar behoven.",
                "Något minskad risk: närvaron ökar och kvällarna är lugnare.",
                "Ökad oro för kamratkretsen; behöver fler insatser kvällstid.",
                "Behoven är större än de insatser som finns på plats; väntetid till BUP.");
    }

    static String newActors(Dice dice) {
        return dice.pick("Bjuda in fältgruppen.", "Skolsköterskan bör delta i nästa möte.", null, null);
    }

    static String familyResources(Dice dice) {
        return dice.pick(
                "Mamman är engagerad och håller i rutinerna; pappan deltar mer nu.",
                "Mormor är ett viktigt stöd för familjen.",
                "Familjen upplever stödet som hjälpsamt men tidskrävande.",
                null);
    }

    static String obstacles(Dice dice) {
        return dice.pick(
                "Lång väntetid till BUP; lyfts till gruppchef.", "Skolan saknar resurs för anpassningar.", null);
    }

    static String investigationNote(Dice dice) {
        return dice.pick("Utredningen pågår enligt plan.", "Hembesök gjort av handläggaren.", null);
    }

    static String investigationDecision(Dice dice) {
        return dice.pick(
                "Beslut om kontaktperson enligt SoL.",
                "Beslut om öppenvårdsinsats för familjen.",
                "Beslut om placering i familjehem.",
                "Beslut om strukturerad öppenvård med föräldrastöd.");
    }

    static String[] feedback(Dice dice) {
        return new String[] {
            dice.pick(
                    "Den unge deltar i de flesta träffarna och närvaron har ökat.",
                    "Familjen har svårt att hålla överenskommelserna; kvällarna är oroliga.",
                    "Den unge har börjat på en ny aktivitet och mår bättre."),
            dice.pick("Behov av stöd kvällstid.", "Behov av samtalskontakt för den unge.", null),
            dice.pick("Överväg kontaktperson.", "Samordna mötestider med skolan.", null)
        };
    }

    static String review(int part, Dice dice) {
        return switch (part) {
            case 0 ->
                dice.pick(
                        "Att en person höll ihop kontakterna och att familjen fick vara med och bestämma.",
                        "Täta kontakter i början och ett tydligt samarbete med skolan.");
            case 1 ->
                dice.pick(
                        "Tidiga nätverksmöten med alla aktörer.",
                        "Följa med till nya aktiviteter i stället för att hänvisa.");
            case 2 ->
                dice.pick(
                        "Att låta väntetiden till BUP dra ut utan att eskalera.",
                        "För många möten med för många vuxna.");
            default ->
                dice.pick(
                        "Frånvaron i årskurs sex var en tidig signal som ingen följde upp.",
                        "Syskonets placering borde ha lett till en tidigare kontakt.");
        };
    }

    static String transitionNote(String kind, Dice dice) {
        return switch (kind) {
            case "SCHOOL_STAGE" -> "Byte av skola inför höstterminen; överlämning mellan elevhälsorna planerad.";
            case "TURNING_18" -> "Den unge fyller 18; samtycken och stöd behöver ses över.";
            case "PLACEMENT" -> dice.pick("Placering på HVB efter beslut.", "Placering i familjehem.");
            case "HOME_COMING" -> "Den unge flyttar hem efter placeringen.";
            case "TREATMENT_TO_HOME" -> "Behandlingen avslutas och den unge flyttar hem.";
            default -> "Familjen flyttar till en annan kommun.";
        };
    }

    static String homeComingPlan(Dice dice) {
        return dice.pick(
                "Stegvis hemflytt med helgvistelser i fyra veckor. Skolstart i ordinarie klass med anpassat schema."
                        + " Case managern träffar familjen varje vecka första månaden.",
                "Hemflytt efter jullovet. Fritidsaktivitet ordnad, kontakt med öppenvården fortsätter.");
    }

    static String consentPurpose(Dice dice) {
        return dice.pick(
                "Att skola, vård och socialtjänst ska kunna planera stödet tillsammans.",
                "Att de verksamheter som finns runt den unge ska kunna samordna sina insatser.");
    }

    static String withdrawalNote(Dice dice) {
        return dice.pick("Familjen vill inte längre att polisen får uppgifter.", "Vill själva berätta för skolan.");
    }

    static String meetingAgenda(Dice dice) {
        return dice.pick(
                "Hur har det gått sedan sist; planens mål; vem gör vad till nästa gång",
                "Presentation av alla runt den unge; gemensam bild; nästa steg");
    }

    static String meetingOutcome(Dice dice) {
        return dice.pick(
                "Gemensam bild av behoven. Skolan ordnar anpassat schema, fältgruppen söker kontakt kvällstid.",
                "Planen stämdes av; familjen vill ha färre möten och mer stöd i vardagen.");
    }

    static String childPreparation(Dice dice) {
        return dice.pick(
                "Case managern gick igenom dagordningen med den unge dagen innan.",
                "Den unge valde själv vilka som skulle bjudas in.");
    }
}
