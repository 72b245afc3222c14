package se.traden.disclosure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.Actor;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RecordRef;

/**
 * The disclosure ledger: every disclosure about a person, in or out, is written here with its parties,
 * categories, legal basis, balancing, decider and time, so that each application of a
 * secrecy-breaking provision can be reviewed afterwards.
 *
 * <p>A disclosure is written only when its basis fits ({@link DisclosureBasisPolicy}); otherwise
 * nothing is written and the refusal names every reason. Entries are never changed: a mistake is
 * corrected by a new entry that points at the one it corrects.
 */
@Service
public class DisclosureLedger {
    /** Clocks of people's phones and computers differ a little; a disclosure is not recorded ahead of time. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    static final int SEARCH_LIMIT = 500;

    private final DisclosureEntries entries;
    private final AccessGuard guard;
    private final Clock clock;
    private final ObjectProvider<PersonBirthDates> birthDates;
    private final ObjectProvider<ConsentCoverage> consents;
    private final DisclosureBasisPolicy policy = new DisclosureBasisPolicy();

    DisclosureLedger(
            DisclosureEntries entries,
            AccessGuard guard,
            Clock clock,
            ObjectProvider<PersonBirthDates> birthDates,
            ObjectProvider<ConsentCoverage> consents) {
        this.entries = entries;
        this.guard = guard;
        this.clock = clock;
        this.birthDates = birthDates;
        this.consents = consents;
    }

    /**
     * Writes one disclosure, decided by the acting person in {@code decidedIn}, in the caller's
     * transaction: the caller's own record and the ledger entry commit together or not at all.
     *
     * @throws InvalidInputException when the entry is incomplete or the basis does not fit; the
     *     violations carry the policy's reason codes (such as {@code disclosure.18a-age})
     */
    @Transactional
    public DisclosureEntry record(NewDisclosure disclosure) {
        Actor actor = guard.actor();
        if (disclosure.decidedIn() != null) {
            // The decider acts in a function they hold today; anything else is refused and logged.
            guard.check(AccessAction.CREATE, RecordRef.of("disclosure-entry", null), disclosure.decidedIn());
        }
        Assessment assessment = assessFor(actor, disclosure);
        if (!assessment.violations().isEmpty()) {
            throw new InvalidInputException(assessment.violations());
        }
        UUID municipality = actor.municipalityId().value();
        UUID id = UUID.randomUUID();
        entries.insert(
                id,
                municipality,
                clock.instant(),
                disclosure,
                assessment.age(),
                actor.staffId().value(),
                disclosure.personId());
        guard.logAccess(
                disclosure.decidedIn(),
                AccessAction.CREATE,
                RecordRef.ofPerson("disclosure-entry", id, disclosure.personId()));
        return entries.find(municipality, id).orElseThrow();
    }

    /**
     * Everything that would keep this disclosure out of the ledger, writing nothing: so that a module
     * can show the policy's reasons together with the rules of its own record in one answer. Empty
     * when {@link #record} would accept it.
     */
    public List<FieldViolation> assess(NewDisclosure disclosure) {
        return assessFor(guard.actor(), disclosure).violations();
    }

    private record Assessment(List<FieldViolation> violations, Integer age) {}

    private Assessment assessFor(Actor actor, NewDisclosure disclosure) {
        List<FieldViolation> violations = new ArrayList<>(disclosure.violations());
        Instant now = clock.instant();
        if (disclosure.occurredAt() != null && disclosure.occurredAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
            violations.add(FieldViolation.of("occurredAt", "disclosure.in-future"));
        }
        if (disclosure.corrects() != null
                && disclosure.corrects().entryId() != null
                && !entries.exists(
                        actor.municipalityId().value(), disclosure.corrects().entryId())) {
            violations.add(FieldViolation.of("corrects.entryId", "disclosure.corrected-entry-unknown"));
        }
        if (disclosure.occurredAt() == null
                || disclosure.basis() == null
                || disclosure.from() == null
                || disclosure.from().kind() == null
                || disclosure.to() == null
                || disclosure.to().kind() == null) {
            // Without these the policy has nothing to weigh; the shape rules above already say so.
            return new Assessment(violations, null);
        }
        LocalDate day = disclosure.occurredAt().atZone(clock.getZone()).toLocalDate();
        Integer age = ageOn(day, disclosure, actor);
        boolean consentCovers = disclosure.consentId() != null
                && consents.stream()
                        .anyMatch(c -> c.covers(
                                actor.municipalityId(),
                                disclosure.consentId(),
                                disclosure.personId(),
                                disclosure.to(),
                                disclosure.categories(),
                                day));
        Verdict verdict = policy.assess(new DisclosureRequest(
                disclosure.from().kind(),
                disclosure.to().kind(),
                disclosure.basis(),
                day,
                age,
                disclosure.requestedByRecipient(),
                disclosure.crimePreventionPurpose(),
                consentCovers,
                disclosure.balancing()));
        for (Verdict.Reason reason : verdict.refusals()) {
            FieldViolation violation = new FieldViolation(fieldOf(reason.code()), reason.code(), reason.arguments());
            if (!violations.contains(violation)) {
                violations.add(violation);
            }
        }
        return new Assessment(violations, age);
    }

    /**
     * The entries of one concern or case, in the order they happened. For the module that owns the
     * matter: it has already let the acting person read the matter and logged it, and calls this in
     * that same transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<DisclosureEntry> entriesFor(DisclosureContext context) {
        return entries.forContext(guard.actor().municipalityId().value(), context);
    }

    /** Every entry about one person, newest first: for the functions that review the ledger. */
    @Transactional
    public List<DisclosureEntry> entriesForPerson(UUID personId) {
        guard.permit(
                AccessAction.READ, RecordRef.ofPerson("disclosure-ledger", personId, personId), LedgerAccess.REVIEWERS);
        return entries.search(
                guard.actor().municipalityId().value(),
                new LedgerFilter(personId, null, null, null, null),
                clock.getZone(),
                SEARCH_LIMIT);
    }

    /** The entries matching a reviewer's filter, newest first, at most {@value #SEARCH_LIMIT}. */
    @Transactional
    public LedgerPage search(LedgerFilter filter) {
        guard.permit(
                AccessAction.SEARCH,
                RecordRef.ofPerson("disclosure-ledger", null, filter.personId()),
                LedgerAccess.REVIEWERS);
        List<DisclosureEntry> found =
                entries.search(guard.actor().municipalityId().value(), filter, clock.getZone(), SEARCH_LIMIT + 1);
        boolean more = found.size() > SEARCH_LIMIT;
        return new LedgerPage(more ? found.subList(0, SEARCH_LIMIT) : found, more);
    }

    /** A page of the ledger: the entries, and whether more matched than are shown. */
    public record LedgerPage(List<DisclosureEntry> entries, boolean more) {
        public LedgerPage {
            entries = List.copyOf(entries);
        }
    }

    private Integer ageOn(LocalDate day, NewDisclosure disclosure, Actor actor) {
        LocalDate born = disclosure.personId() == null
                ? null
                : birthDates.stream()
                        .map(b -> b.dateOfBirth(actor.municipalityId(), disclosure.personId()))
                        .flatMap(java.util.Optional::stream)
                        .findFirst()
                        .orElse(null);
        if (born == null) {
            born = disclosure.subjectDateOfBirth();
        }
        if (born != null) {
            return born.isAfter(day) ? 0 : Period.between(born, day).getYears();
        }
        return disclosure.subjectAge();
    }

    /** The input a policy reason is about, so that a form can show it next to the right field. */
    static String fieldOf(String code) {
        return switch (code) {
            case "disclosure.balancing-required" -> "balancing";
            case "disclosure.18a-age", "disclosure.18a-age-unknown" -> "subjectAge";
            case "disclosure.15a-purpose", "disclosure.18a-purpose" -> "crimePreventionPurpose";
            case "disclosure.consent-missing" -> "consentId";
            case "disclosure.recipient-not-authority",
                    "disclosure.18a-only-police",
                    "disclosure.2025-170-only-law-enforcement" -> "to.kind";
            case "disclosure.18a-only-social-services" -> "from.kind";
            case "disclosure.2025-170-on-request" -> "requestedByRecipient";
            default -> "legalBasis";
        };
    }
}
