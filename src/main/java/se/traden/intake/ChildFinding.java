package se.traden.intake;

import static se.traden.shared.AccessAction.READ;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.traden.people.ChildMatching;
import se.traden.people.InvalidPersonalIdentityNumberException;
import se.traden.people.PersonalIdentityNumber;
import se.traden.shared.AccessGuard;
import se.traden.shared.FunctionType;
import se.traden.shared.RecordRef;

/**
 * Is the child a concern is about already known? Finds the registered children who may be the one
 * (exactly by the personal number the reporter gave, else by name and birth year with tolerance for
 * spelling) and tells, for each, what Tråden knows about them. Runs inside the caller's transaction,
 * after the caller was allowed to work the concern; every child shown is logged, the match as a search
 * and the history as a read.
 */
@Component
class ChildFinding {
    private final ChildMatching matching;
    private final ChildHistory history;
    private final AccessGuard guard;
    private final Clock clock;

    ChildFinding(ChildMatching matching, ChildHistory history, AccessGuard guard, Clock clock) {
        this.matching = matching;
        this.history = history;
        this.guard = guard;
        this.clock = clock;
    }

    List<IdentificationCandidate> candidates(Concern concern, FunctionType... allowed) {
        Subject subject = concern.subject();
        List<ChildMatching.Candidate> found = List.of();
        if (readable(subject.personalNumber())) {
            found = matching.candidates(subject.personalNumber(), null, null);
        }
        if (found.isEmpty() && subject.name() != null && subject.name().strip().length() >= 2) {
            found = matching.candidates(null, subject.name(), subject.birthYear());
        }
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<KnownConcern>> known = history.of(
                concern.municipalityId(),
                found.stream().map(ChildMatching.Candidate::personId).toList(),
                concern.id());
        for (ChildMatching.Candidate c : found) {
            guard.permit(READ, historyOf(c.personId()), allowed);
        }
        return found.stream()
                .map(c -> new IdentificationCandidate(
                        c.personId(),
                        c.fullName(),
                        c.personalNumber(),
                        c.dateOfBirth(),
                        c.exact(),
                        known.getOrDefault(c.personId(), List.of())))
                .toList();
    }

    /** What else Tråden knows about the child the concern is identified with; logged when there is something. */
    List<KnownConcern> thread(Concern concern, FunctionType... allowed) {
        if (concern.personId() == null) {
            return List.of();
        }
        List<KnownConcern> known = history.of(concern.municipalityId(), List.of(concern.personId()), concern.id())
                .getOrDefault(concern.personId(), List.of());
        if (!known.isEmpty()) {
            guard.permit(READ, historyOf(concern.personId()), allowed);
        }
        return known;
    }

    private static RecordRef historyOf(UUID personId) {
        return RecordRef.ofPerson("concern-history", personId, personId);
    }

    /**
     * A number the register can be asked about. A mistyped one is not an error here: the reporter may
     * have got it wrong, and the name still finds the child.
     */
    private boolean readable(String number) {
        if (number == null || number.isBlank()) {
            return false;
        }
        try {
            PersonalIdentityNumber.parse(number, LocalDate.now(clock));
            return true;
        } catch (InvalidPersonalIdentityNumberException e) {
            return false;
        }
    }
}
