package se.traden.people;

import static se.traden.shared.AccessAction.SEARCH;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.shared.AccessGuard;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RecordRef;

/**
 * Is this child already known? Asked when a concern arrives, so that a known child joins their thread
 * instead of becoming a duplicate: by personal identity number exactly, or by name and birth year with
 * tolerance for spelling variants, å/ä/ö, double names and missing hyphens. Each candidate shown is
 * logged as a search of that person.
 */
@Service
public class ChildMatching {
    static final int MAX_CANDIDATES = 10;

    private final PersonRepository people;
    private final AccessGuard guard;
    private final Clock clock;

    ChildMatching(PersonRepository people, AccessGuard guard, Clock clock) {
        this.people = people;
        this.guard = guard;
        this.clock = clock;
    }

    /** A registered child that may be the one a concern is about. {@code exact} when the number matched. */
    public record Candidate(
            UUID personId,
            String fullName,
            String personalNumber,
            LocalDate dateOfBirth,
            boolean exact,
            double score) {}

    @Transactional
    public List<Candidate> candidates(String personalNumber, String name, Integer birthYear) {
        guard.check(SEARCH, RecordRef.of("person-match", null), PeopleAccessPolicy.maySearch());
        List<Candidate> found;
        if (personalNumber != null && !personalNumber.isBlank()) {
            PersonalIdentityNumber number;
            try {
                number = PersonalIdentityNumber.parse(personalNumber, LocalDate.now(clock));
            } catch (InvalidPersonalIdentityNumberException e) {
                throw InvalidInputException.of("personalNumber", e.code());
            }
            found = people.findByNumber(guard.actor().municipalityId(), number).stream()
                    .map(p -> candidate(p, true, 1.0))
                    .toList();
        } else if (name != null && name.strip().length() >= 2) {
            found =
                    people
                            .similarChildren(guard.actor().municipalityId(), name.strip(), birthYear, MAX_CANDIDATES)
                            .stream()
                            .map(s -> candidate(s.person(), false, s.score()))
                            .toList();
        } else {
            found = List.of();
        }
        for (Candidate c : found) {
            guard.permit(
                    SEARCH, RecordRef.ofPerson("person", c.personId(), c.personId()), PeopleAccessPolicy.maySearch());
        }
        return found;
    }

    private static Candidate candidate(Person p, boolean exact, double score) {
        return new Candidate(
                p.id().value(),
                p.name().fullName(),
                p.number().map(PersonalIdentityNumber::formatted).orElse(null),
                p.dateOfBirth().orElse(null),
                exact,
                score);
    }
}
