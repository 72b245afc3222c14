package se.traden.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A fictitious child of the generated municipality: who they are (drawn before anything is stored), and
 * what the register, the intake and casework have made of them while the stories run.
 */
final class Child {
    final int index;
    /** The source of the story's choices: worries, decisions, the course of the case. */
    final Dice dice;
    /** A source of its own for the rhythm of contacts and check-ins, so that tuning it leaves the story be. */
    final Dice rhythm;

    final boolean girl;
    final String givenName;
    final String familyName;
    final LocalDate born;
    final String personalNumber;
    final List<Guardian> guardians;
    Staffer.Reporting school;
    LocalDate firstDay;

    UUID personId;
    final List<UUID> guardianIds = new ArrayList<>();
    CaseFile caseFile;

    /** A guardian as drawn: by number when {@code personalNumber} is given, else by date of birth. */
    record Guardian(
            String givenName, String familyName, LocalDate born, String personalNumber, String phone, String address) {}

    Child(
            int index,
            Dice dice,
            boolean girl,
            String givenName,
            String familyName,
            LocalDate born,
            String personalNumber,
            List<Guardian> guardians,
            Staffer.Reporting school) {
        this.index = index;
        this.dice = dice;
        this.rhythm = dice.split();
        this.girl = girl;
        this.givenName = givenName;
        this.familyName = familyName;
        this.born = born;
        this.personalNumber = personalNumber;
        this.guardians = List.copyOf(guardians);
        this.school = school;
    }

    String name() {
        return givenName + " " + familyName;
    }

    int ageOn(LocalDate day) {
        return Period.between(born, day).getYears();
    }

    boolean registered() {
        return personId != null;
    }
}
