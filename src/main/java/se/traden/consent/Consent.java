package se.traden.consent;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import se.traden.disclosure.InformationCategory;
import se.traden.disclosure.Party;
import se.traden.shared.FieldViolation;
import se.traden.shared.RuleViolationException;

/**
 * A consent to share information about the child of a case.
 *
 * <p>Its life: it is <em>given</em> by the child and/or the child's guardians (an adult only for
 * themself, {@link ConsentGiverPolicy}) for named categories of information, to named recipient
 * organisations, for a purpose, on a day, in writing or orally and noted by someone — never as a blanket
 * waiver ({@link ConsentScopePolicy}). From that day it <em>covers</em> a disclosure to one of its
 * recipients of its categories. It can be <em>withdrawn</em> at any time, whole or for some recipients
 * and categories, with immediate effect: from the moment of the withdrawal what it takes away is
 * covered no more. A consent is never changed or deleted: what it was and when it stopped covering what
 * stays readable.
 */
public final class Consent {
    /** Clocks differ a little; a withdrawal is not recorded ahead of time. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    static final int MAX_COMMUNICATED_BY = 200;
    static final int MAX_NOTE = 2000;

    private final UUID id;
    private final UUID municipalityId;
    private final UUID caseId;
    private final UUID personId;
    private final List<ConsentGiver> givers;
    private final Set<InformationCategory> categories;
    private final List<Recipient> recipients;
    private final String purpose;
    private final LocalDate givenOn;
    private final ConsentMethod method;
    private final String notedBy;
    private final Instant recordedAt;
    private final UUID recordedBy;
    private final List<Withdrawal> withdrawals;
    private final long version;
    private final List<Withdrawal> newWithdrawals = new ArrayList<>();

    Consent(
            UUID id,
            UUID municipalityId,
            UUID caseId,
            UUID personId,
            List<ConsentGiver> givers,
            Set<InformationCategory> categories,
            List<Recipient> recipients,
            String purpose,
            LocalDate givenOn,
            ConsentMethod method,
            String notedBy,
            Instant recordedAt,
            UUID recordedBy,
            List<Withdrawal> withdrawals,
            long version) {
        this.id = id;
        this.municipalityId = municipalityId;
        this.caseId = caseId;
        this.personId = personId;
        this.givers = List.copyOf(givers);
        this.categories =
                categories.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(categories));
        this.recipients = List.copyOf(recipients);
        this.purpose = purpose;
        this.givenOn = givenOn;
        this.method = method;
        this.notedBy = notedBy;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.withdrawals = new ArrayList<>(withdrawals);
        this.version = version;
    }

    /**
     * Records a consent as given. Every reason it may not be recorded — the givers' and the scope's — is
     * named in one answer; nothing is recorded then.
     */
    static Consent give(
            UUID municipalityId,
            UUID caseId,
            UUID personId,
            ConsentGiverPolicy.Givers givers,
            NewConsent consent,
            LocalDate today,
            Instant now,
            UUID recordedBy) {
        List<FieldViolation> reasons = new ArrayList<>(givers.ruling().reasons());
        reasons.addAll(new ConsentScopePolicy().assess(consent, today).reasons());
        Ruling.throwIfRefused(reasons);
        List<Recipient> recipients = consent.recipients().stream()
                .map(r -> new Recipient(UUID.randomUUID(), r.organisation(), r.kind()))
                .toList();
        return new Consent(
                UUID.randomUUID(),
                municipalityId,
                caseId,
                personId,
                givers.givers(),
                consent.categories(),
                recipients,
                consent.purpose(),
                consent.givenOn(),
                consent.method(),
                consent.method() == ConsentMethod.ORAL ? consent.notedBy() : null,
                now,
                recordedBy,
                List.of(),
                0);
    }

    /** What a person asks to withdraw: empty sets mean every recipient or every category. */
    public record WithdrawalRequest(
            Instant at,
            String communicatedBy,
            Set<UUID> recipientIds,
            Set<InformationCategory> categories,
            String note) {
        public WithdrawalRequest {
            recipientIds = recipientIds == null ? Set.of() : Set.copyOf(recipientIds);
            categories = categories == null ? Set.of() : Set.copyOf(categories);
            communicatedBy = communicatedBy == null ? null : communicatedBy.strip();
            note = note == null || note.isBlank() ? null : note.strip();
        }
    }

    /**
     * Withdraws the consent, whole or in part, from the moment given (now when none is): from then on
     * it covers nothing of what the withdrawal names. A moment earlier than now is allowed — the
     * withdrawal may have been communicated by phone before it was recorded — a moment ahead is not.
     */
    public Withdrawal withdraw(WithdrawalRequest request, Instant now, ZoneId zone, UUID recordedBy) {
        Instant at = request.at() == null ? now : request.at();
        List<FieldViolation> reasons = new ArrayList<>();
        if (request.communicatedBy() == null || request.communicatedBy().isEmpty()) {
            reasons.add(FieldViolation.of("communicatedBy", "consent.communicated-by-required"));
        } else if (request.communicatedBy().length() > MAX_COMMUNICATED_BY) {
            reasons.add(FieldViolation.of("communicatedBy", "too-long", MAX_COMMUNICATED_BY));
        }
        if (request.note() != null && request.note().length() > MAX_NOTE) {
            reasons.add(FieldViolation.of("note", "too-long", MAX_NOTE));
        }
        if (at.isAfter(now.plus(CLOCK_TOLERANCE))) {
            reasons.add(FieldViolation.of("at", "consent.withdrawal-in-future"));
        } else if (LocalDate.ofInstant(at, zone).isBefore(givenOn)) {
            reasons.add(FieldViolation.of("at", "consent.withdrawal-before-given"));
        }
        for (UUID recipient : request.recipientIds()) {
            if (recipient(recipient).isEmpty()) {
                reasons.add(FieldViolation.of("recipientIds", "consent.withdrawal-recipient-unknown"));
                break;
            }
        }
        if (!categories.containsAll(request.categories())) {
            reasons.add(FieldViolation.of("categories", "consent.withdrawal-category-not-in-consent"));
        }
        Ruling.throwIfRefused(reasons);
        var withdrawal = new Withdrawal(
                UUID.randomUUID(),
                at,
                request.communicatedBy(),
                request.recipientIds(),
                request.categories(),
                request.note(),
                now,
                recordedBy);
        boolean takesSomething = recipients.stream()
                .anyMatch(r -> coveredFor(r.id(), at, zone).stream().anyMatch(c -> withdrawal.takesAway(r.id(), c)));
        if (!takesSomething) {
            throw new RuleViolationException("consent.nothing-to-withdraw", null, null);
        }
        withdrawals.add(withdrawal);
        newWithdrawals.add(withdrawal);
        return withdrawal;
    }

    /** The categories this consent lets us share with one of its recipients at a moment. */
    public Set<InformationCategory> coveredFor(UUID recipientId, Instant at, ZoneId zone) {
        if (recipient(recipientId).isEmpty() || LocalDate.ofInstant(at, zone).isBefore(givenOn)) {
            return Set.of();
        }
        return remaining(recipientId, w -> !w.at().isAfter(at));
    }

    /**
     * Whether the consent covers sharing these categories with this party on a day. The ledger names the
     * day of a disclosure, not its minute, so a withdrawal counts for the whole day on which it was
     * made: on that day the consent no longer covers what it takes away. That errs on the side of the
     * person who withdrew.
     */
    public boolean coversOn(Party party, Set<InformationCategory> wanted, LocalDate day, ZoneId zone) {
        if (wanted.isEmpty() || day.isBefore(givenOn)) {
            return false;
        }
        return recipients.stream()
                .filter(r -> r.is(party))
                .anyMatch(r -> remaining(
                                r.id(), w -> !LocalDate.ofInstant(w.at(), zone).isAfter(day))
                        .containsAll(wanted));
    }

    public ConsentStatus statusAt(Instant at, ZoneId zone) {
        int total = recipients.size() * categories.size();
        int left = recipients.stream()
                .mapToInt(r -> remaining(r.id(), w -> !w.at().isAfter(at)).size())
                .sum();
        if (left == 0) {
            return ConsentStatus.WITHDRAWN;
        }
        return left == total ? ConsentStatus.VALID : ConsentStatus.PARTLY_WITHDRAWN;
    }

    private Set<InformationCategory> remaining(UUID recipientId, Predicate<Withdrawal> inEffect) {
        Set<InformationCategory> left =
                categories.isEmpty() ? EnumSet.noneOf(InformationCategory.class) : EnumSet.copyOf(categories);
        for (Withdrawal w : withdrawals) {
            if (inEffect.test(w)) {
                left.removeIf(c -> w.takesAway(recipientId, c));
            }
        }
        return left;
    }

    public Optional<Recipient> recipient(UUID recipientId) {
        return recipients.stream().filter(r -> r.id().equals(recipientId)).findFirst();
    }

    List<Withdrawal> newWithdrawals() {
        return List.copyOf(newWithdrawals);
    }

    public UUID id() {
        return id;
    }

    public UUID municipalityId() {
        return municipalityId;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID personId() {
        return personId;
    }

    public List<ConsentGiver> givers() {
        return givers;
    }

    public Set<InformationCategory> categories() {
        return categories;
    }

    public List<Recipient> recipients() {
        return recipients;
    }

    public String purpose() {
        return purpose;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public ConsentMethod method() {
        return method;
    }

    public String notedBy() {
        return notedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public UUID recordedBy() {
        return recordedBy;
    }

    public List<Withdrawal> withdrawals() {
        return List.copyOf(withdrawals);
    }

    public long version() {
        return version;
    }
}
