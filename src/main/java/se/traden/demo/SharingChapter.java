package se.traden.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.traden.consent.Consent;
import se.traden.consent.ConsentMethod;
import se.traden.consent.NewConsent;
import se.traden.consent.Recipient;
import se.traden.disclosure.Direction;
import se.traden.disclosure.DisclosureContext;
import se.traden.disclosure.InformationCategory;
import se.traden.disclosure.LegalBasis;
import se.traden.disclosure.NewDisclosure;
import se.traden.disclosure.Party;
import se.traden.disclosure.PartyKind;
import se.traden.intake.ProblemArea;
import se.traden.shared.FunctionType;

/**
 * Information sharing on a case: the consent the case manager establishes early (from the guardians, and
 * from the child when old enough), named recipients and categories, sometimes withdrawn in part or whole;
 * and the disclosures of the case in the ledger — on the consent where it covers them, and otherwise on a
 * secrecy-breaking provision with its balancing (18 a § and the duty of lag 2025:170 to the police, the
 * general clause to health care, 15 a § from the police once in force).
 */
final class SharingChapter {
    static final String POLICE = "Polisen, lokalpolisområde";
    static final String CHILD_PSYCHIATRY = "Barn- och ungdomspsykiatrin";

    private final Stories s;

    SharingChapter(Stories stories) {
        this.s = stories;
    }

    void consentAndDisclosures(Child child, CaseFile file, Instant opened, Instant closing) {
        Dice dice = child.dice;
        if (dice.chance(0.78)) {
            Instant given = s.moments.daysAfter(opened, 3, 14, dice);
            s.at(given, () -> consent(child, file));
        }
        boolean crime = file.areas.contains(ProblemArea.CRIME) || file.areas.contains(ProblemArea.SUBSTANCE_USE);
        if (crime && dice.chance(0.4)) {
            s.at(s.moments.daysAfter(opened, 10, 60, dice), () -> toPoliceOnRisk(child, file));
        }
        if (crime && dice.chance(0.15)) {
            s.at(s.moments.daysAfter(opened, 20, 120, dice), () -> policeRequest(child, file));
        }
        if (crime && dice.chance(0.3)) {
            s.at(s.moments.daysAfter(opened, 5, 90, dice), () -> fromPolice(child, file));
        }
        if (dice.chance(0.2)) {
            s.at(s.moments.daysAfter(opened, 15, 100, dice), () -> toHealthCare(child, file));
        }
    }

    private void consent(Child child, CaseFile file) {
        if (!file.open() || file.consent != null) {
            return;
        }
        Dice dice = child.dice;
        LocalDate today = s.today();
        List<UUID> givers = new ArrayList<>();
        int age = child.ageOn(today);
        if (age < 18) {
            givers.addAll(child.guardianIds);
        }
        if (age >= 13 || givers.isEmpty()) {
            givers.add(child.personId);
        }
        Set<InformationCategory> categories =
                EnumSet.of(InformationCategory.SCHOOL, InformationCategory.SOCIAL_SERVICES);
        for (InformationCategory extra :
                List.of(InformationCategory.HEALTH, InformationCategory.FAMILY, InformationCategory.LEISURE)) {
            if (dice.chance(0.45)) {
                categories.add(extra);
            }
        }
        List<NewConsent.NewRecipient> recipients = new ArrayList<>();
        recipients.add(new NewConsent.NewRecipient(
                child.school.organisation(), GatheringChapter.partyKind(child.school.kind())));
        if (dice.chance(0.5)) {
            recipients.add(new NewConsent.NewRecipient(CHILD_PSYCHIATRY, PartyKind.HEALTH_CARE));
        }
        if (file.areas.contains(ProblemArea.CRIME) && dice.chance(0.4)) {
            recipients.add(new NewConsent.NewRecipient(POLICE, PartyKind.POLICE));
        }
        if (dice.chance(0.3)) {
            recipients.add(new NewConsent.NewRecipient("Fritidsgården Hamnen", PartyKind.LEISURE));
        }
        boolean written = dice.chance(0.7);
        Consent consent = s.as(
                file.caseManager,
                () -> s.services
                        .consents()
                        .record(
                                file.id,
                                new NewConsent(
                                        givers,
                                        categories,
                                        recipients,
                                        CaseTexts.consentPurpose(dice),
                                        today,
                                        written ? ConsentMethod.WRITTEN : ConsentMethod.ORAL,
                                        written ? null : file.caseManager.name())));
        file.consent = consent;
        s.at(s.moments.daysAfter(s.now(), 5, 25, dice), () -> onConsent(child, file, consent));
        if (dice.chance(0.2)) {
            s.at(s.moments.daysAfter(s.now(), 30, 150, dice), () -> withdraw(child, file));
        }
    }

    private void withdraw(Child child, CaseFile file) {
        if (!file.open()) {
            return;
        }
        Dice dice = child.dice;
        Consent consent = file.consent;
        Set<UUID> recipients = Set.of();
        if (consent.recipients().size() > 1 && dice.chance(0.6)) {
            Recipient one = consent.recipients().stream()
                    .filter(r -> r.kind() == PartyKind.POLICE)
                    .findFirst()
                    .orElse(consent.recipients().getLast());
            recipients = Set.of(one.id());
        }
        Set<UUID> taken = recipients;
        file.consent = s.as(
                file.caseManager,
                () -> s.services
                        .consents()
                        .withdraw(
                                file.id,
                                consent.id(),
                                consent.version(),
                                new Consent.WithdrawalRequest(
                                        null,
                                        dice.pick(
                                                "Vårdnadshavare per telefon",
                                                "Den unge vid ett möte",
                                                "Vårdnadshavare per brev"),
                                        taken,
                                        Set.of(),
                                        CaseTexts.withdrawalNote(dice))));
    }

    /** Sharing with the school on the consent, while it still covers the school. */
    private void onConsent(Child child, CaseFile file, Consent consent) {
        if (!file.open() || file.consent == null || file.consent.version() != consent.version()) {
            return;
        }
        Dice dice = child.dice;
        Recipient school = consent.recipients().getFirst();
        Set<InformationCategory> categories = EnumSet.of(InformationCategory.SOCIAL_SERVICES);
        disclose(
                file,
                Direction.OUT,
                ours(file),
                new Party(school.organisation(), school.kind(), "Elevhälsan"),
                categories,
                LegalBasis.CONSENT,
                false,
                false,
                consent.id(),
                LedgerTexts.disclosureSummary(school.kind(), dice),
                null);
    }

    private void toPoliceOnRisk(Child child, CaseFile file) {
        if (child.ageOn(s.today()) >= 21) {
            return;
        }
        Dice dice = child.dice;
        disclose(
                file,
                Direction.OUT,
                ours(file),
                new Party(POLICE, PartyKind.POLICE, "Kontaktfunktion"),
                EnumSet.of(InformationCategory.SOCIAL_SERVICES),
                LegalBasis.OSL_10_18A,
                false,
                true,
                null,
                LedgerTexts.disclosureSummary(PartyKind.POLICE, dice),
                LedgerTexts.balancing(LegalBasis.OSL_10_18A, dice));
    }

    private void policeRequest(Child child, CaseFile file) {
        if (!LegalBasis.LAW_2025_170.inForceOn(s.today())) {
            return;
        }
        disclose(
                file,
                Direction.OUT,
                ours(file),
                new Party(POLICE, PartyKind.POLICE, "Utredare"),
                EnumSet.of(InformationCategory.IDENTITY, InformationCategory.SOCIAL_SERVICES),
                LegalBasis.LAW_2025_170,
                true,
                false,
                null,
                "Uppgifter lämnade på polisens begäran i en pågående utredning.",
                null);
    }

    private void fromPolice(Child child, CaseFile file) {
        Dice dice = child.dice;
        LegalBasis basis = LegalBasis.OSL_10_15A.inForceOn(s.today()) ? LegalBasis.OSL_10_15A : LegalBasis.OSL_10_27;
        disclose(
                file,
                Direction.IN,
                new Party(POLICE, PartyKind.POLICE, "Kontaktfunktion"),
                ours(file),
                EnumSet.of(InformationCategory.CRIME_AND_POLICE),
                basis,
                false,
                basis == LegalBasis.OSL_10_15A,
                null,
                "Polisen informerar om en händelse i helgen där den unge fanns med.",
                LedgerTexts.balancing(basis, dice));
    }

    private void toHealthCare(Child child, CaseFile file) {
        Dice dice = child.dice;
        disclose(
                file,
                Direction.OUT,
                ours(file),
                new Party(CHILD_PSYCHIATRY, PartyKind.HEALTH_CARE, "Mottagningen"),
                EnumSet.of(InformationCategory.SOCIAL_SERVICES, InformationCategory.FAMILY),
                LegalBasis.OSL_10_27,
                false,
                false,
                null,
                LedgerTexts.disclosureSummary(PartyKind.HEALTH_CARE, dice),
                LedgerTexts.balancing(LegalBasis.OSL_10_27, dice));
    }

    private Party ours(CaseFile file) {
        return new Party(s.roster.municipalityName() + ", socialtjänsten", PartyKind.SOCIAL_SERVICES, "Case manager");
    }

    private void disclose(
            CaseFile file,
            Direction direction,
            Party from,
            Party to,
            Set<InformationCategory> categories,
            LegalBasis basis,
            boolean requested,
            boolean crimePrevention,
            UUID consentId,
            String summary,
            String balancing) {
        if (!file.open()) {
            return;
        }
        Instant occurred = s.now().minus(Duration.ofMinutes(20));
        s.as(
                file.caseManager,
                () -> s.services
                        .ledger()
                        .record(new NewDisclosure(
                                direction,
                                occurred,
                                file.personId,
                                DisclosureContext.ofCase(file.id, file.reference),
                                from,
                                to,
                                categories,
                                basis,
                                balancing,
                                requested,
                                crimePrevention,
                                consentId,
                                null,
                                null,
                                FunctionType.CASE_MANAGER,
                                summary,
                                null)));
    }
}
