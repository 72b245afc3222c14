package se.traden.demo;

import static se.traden.demo.Dice.Weighted.of;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.traden.casework.CaseStatus;
import se.traden.casework.Phase;
import se.traden.collaboration.CollaborationCommands.CheckInInput;
import se.traden.collaboration.CollaborationCommands.ContactInput;
import se.traden.collaboration.ContactKind;
import se.traden.collaboration.ContactParty;
import se.traden.demo.Dice.Weighted;

/**
 * The rhythm of a worked case: the case manager's contacts with the child, the family and the network
 * (often in the exploring phase, less often later, sparse for a maintaining contact), and the check-ins
 * with the coordinator at the municipality's cadence — mostly on time, sometimes late, so that overdue
 * check-ins show.
 */
final class RhythmChapter {
    private static final List<Weighted<ContactKind>> KINDS = List.of(
            of(ContactKind.PHYSICAL_MEETING, 25),
            of(ContactKind.PHONE, 24),
            of(ContactKind.TEXT_MESSAGE, 15),
            of(ContactKind.HOME_VISIT, 10),
            of(ContactKind.ACCOMPANYING_TO_ACTIVITY, 10),
            of(ContactKind.SPONTANEOUS_MEETING, 9),
            of(ContactKind.DIGITAL, 7));

    private final Stories s;

    RhythmChapter(Stories stories) {
        this.s = stories;
    }

    void start(Child child, CaseFile file) {
        Dice dice = child.rhythm;
        int round = file.round;
        s.at(s.moments.daysAfter(s.now(), 0.5, 3, dice), () -> contact(child, file, round));
        LocalDate since = file.lastCheckIn != null ? file.lastCheckIn : s.today();
        planCheckIn(child, file, round, since);
    }

    private void contact(Child child, CaseFile file, int round) {
        if (file.round != round || !file.open()) {
            return;
        }
        Dice dice = child.rhythm;
        ContactKind kind = dice.weighted(KINDS);
        Set<ContactParty> parties = parties(kind, dice);
        String detail = parties.contains(ContactParty.PROFESSIONAL)
                ? dice.pick("Mentor på skolan", "Skolkurator", "Handläggare", "Fritidsledare")
                : parties.contains(ContactParty.NETWORK)
                        ? dice.pick("Morbror", "Tränaren i fotbollslaget", "Mormor")
                        : null;
        UUID person = parties.contains(ContactParty.CHILD) ? child.personId : null;
        Instant occurred = s.now().minus(dice.hours(0.2, 2.5));
        s.as(
                file.caseManager,
                () -> s.services
                        .collaboration()
                        .recordContact(
                                file.id,
                                new ContactInput(
                                        occurred, kind, parties, detail, person, CaseTexts.contactNote(kind, dice))));
        Duration gap = interval(file, dice);
        s.at(s.moments.after(s.now(), gap, gap, dice), () -> contact(child, file, round));
    }

    private static Set<ContactParty> parties(ContactKind kind, Dice dice) {
        if (kind == ContactKind.HOME_VISIT) {
            return EnumSet.of(ContactParty.CHILD, ContactParty.GUARDIAN);
        }
        double roll = dice.unit();
        if (roll < 0.55) {
            return EnumSet.of(ContactParty.CHILD);
        }
        if (roll < 0.8) {
            return EnumSet.of(ContactParty.GUARDIAN);
        }
        if (roll < 0.92) {
            return EnumSet.of(ContactParty.CHILD, ContactParty.PROFESSIONAL);
        }
        return EnumSet.of(ContactParty.NETWORK);
    }

    /** How long until the next contact: close in the exploring phase, sparse for a maintaining contact. */
    private static Duration interval(CaseFile file, Dice dice) {
        if (file.status == CaseStatus.MAINTENANCE) {
            return dice.days(20, 45);
        }
        if (file.intensive && file.phase == Phase.MAINTENANCE) {
            return dice.days(3, 6);
        }
        return switch (file.phase) {
            case EXPLORING -> dice.days(2.5, 5);
            case CHANGE -> dice.days(3.5, 8);
            case MAINTENANCE -> dice.days(8, 18);
        };
    }

    private void planCheckIn(Child child, CaseFile file, int round, LocalDate since) {
        Dice dice = child.rhythm;
        boolean intensive = file.intensive || file.phase != Phase.MAINTENANCE;
        int cadence = intensive ? s.cadence.intensiveDays() : s.cadence.otherDays();
        LocalDate due = since.plusDays(cadence);
        double roll = dice.unit();
        LocalDate held;
        if (roll < 0.77) {
            // On time: a day or two early at most, and on the Friday before when that falls on a weekend.
            held = due.minusDays(dice.between(0, Math.min(2, cadence - 1)));
            while (Moments.weekend(held)) {
                held = held.minusDays(1);
            }
            if (!held.isAfter(since)) {
                held = due;
            }
        } else if (roll < 0.95) {
            held = due.plusDays(dice.between(3, 10));
        } else {
            held = due.plusDays(dice.between(14, 26));
        }
        s.at(s.moments.workingTime(held, dice), () -> checkIn(child, file, round));
    }

    private void checkIn(Child child, CaseFile file, int round) {
        if (file.round != round || !file.active()) {
            return;
        }
        Dice dice = child.rhythm;
        Staffer by = dice.chance(0.5) ? s.coordinator(dice) : file.caseManager;
        boolean manageable = dice.chance(0.88);
        LocalDate today = s.today();
        s.as(
                by,
                () -> s.services
                        .collaboration()
                        .recordCheckIn(
                                file.id,
                                new CheckInInput(
                                        today,
                                        CaseTexts.riskAndNeeds(dice),
                                        CaseTexts.newActors(dice),
                                        CaseTexts.familyResources(dice),
                                        manageable,
                                        manageable ? null : "Många ärenden i akut fas samtidigt; behöver prioritera.",
                                        CaseTexts.obstacles(dice))));
        file.lastCheckIn = today;
        planCheckIn(child, file, round, today);
    }
}
