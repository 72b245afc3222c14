package se.traden.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.casework.CaseAccess;
import se.traden.casework.CaseAccess.CaseRef;
import se.traden.casework.CaseService;
import se.traden.casework.CaseStatus;
import se.traden.disclosure.Direction;
import se.traden.disclosure.DisclosureContext;
import se.traden.disclosure.DisclosureEntry;
import se.traden.disclosure.DisclosureLedger;
import se.traden.disclosure.InformationCategory;
import se.traden.disclosure.LegalBasis;
import se.traden.disclosure.Party;
import se.traden.organisation.StaffDirectory;
import se.traden.people.PersonDirectory;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.RecordRef;
import se.traden.shared.RuleViolationException;
import se.traden.shared.StaffId;

/**
 * Recording and withdrawing consents, and the case's picture of them. Each command is one transaction:
 * access through {@link CaseAccess}, the consent's rules, then the stored change with a line on the
 * case's history.
 */
@Service
class ConsentService {
    static final String RECORD_TYPE = "consent";

    private final CaseAccess access;
    private final CaseService cases;
    private final Consents consents;
    private final DisclosureLedger ledger;
    private final PersonDirectory people;
    private final StaffDirectory staff;
    private final AccessGuard guard;
    private final Clock clock;

    ConsentService(
            CaseAccess access,
            CaseService cases,
            Consents consents,
            DisclosureLedger ledger,
            PersonDirectory people,
            StaffDirectory staff,
            AccessGuard guard,
            Clock clock) {
        this.access = access;
        this.cases = cases;
        this.consents = consents;
        this.ledger = ledger;
        this.people = people;
        this.staff = staff;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional
    public ConsentOverview overview(UUID caseId) {
        return overviewOf(access.readContent(caseId, RECORD_TYPE));
    }

    @Transactional
    public ConsentOverview.ConsentView record(UUID caseId, NewConsent consent) {
        CaseRef ref = access.writeContent(caseId, RECORD_TYPE);
        if (ref.status() == CaseStatus.CLOSED) {
            throw new RuleViolationException("consent.case-closed", null, null);
        }
        MunicipalityId municipality = new MunicipalityId(ref.municipalityId());
        var givers = new ConsentGiverPolicy()
                .assess(
                        consent.givers(),
                        ref.personId(),
                        people.guardiansOf(municipality, ref.personId()),
                        people.dateOfBirth(municipality, ref.personId()).orElse(null),
                        consent.givenOn());
        Consent given = Consent.give(
                ref.municipalityId(),
                ref.caseId(),
                ref.personId(),
                givers,
                consent,
                LocalDate.now(clock),
                clock.instant(),
                guard.actor().staffId().value());
        // CaseAccess has written the access-log entry of this action (the case's consents, updated).
        consents.insert(given);
        cases.recordOnHistory(
                ref,
                "CONSENT_RECORDED",
                given.purpose(),
                Map.of(
                        "consentId", given.id().toString(),
                        "recipients", recipientNames(given.recipients())));
        return view(given, municipality, clock.instant());
    }

    /** Checks a withdrawal as the confirmation page shows it, storing nothing. */
    @Transactional
    public Consent checkWithdrawal(UUID caseId, UUID consentId, Long version, Consent.WithdrawalRequest request) {
        CaseRef ref = access.readContent(caseId, RECORD_TYPE);
        if (ref.actingAs() == FunctionType.GROUP_MANAGER) {
            access.writeContent(caseId, RECORD_TYPE);
        }
        Consent consent = load(ref, consentId, version);
        consent.withdraw(
                request,
                clock.instant(),
                clock.getZone(),
                guard.actor().staffId().value());
        return consent;
    }

    @Transactional
    public ConsentOverview.ConsentView withdraw(
            UUID caseId, UUID consentId, Long version, Consent.WithdrawalRequest request) {
        CaseRef ref = access.writeContent(caseId, RECORD_TYPE);
        Consent consent = load(ref, consentId, version);
        Withdrawal withdrawal = consent.withdraw(
                request,
                clock.instant(),
                clock.getZone(),
                guard.actor().staffId().value());
        consents.update(consent);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("consentId", consent.id().toString());
        details.put("whole", withdrawal.whole());
        details.put("communicatedBy", withdrawal.communicatedBy());
        cases.recordOnHistory(ref, "CONSENT_WITHDRAWN", withdrawal.note(), details);
        return view(
                consents.find(ref.municipalityId(), consentId).orElseThrow(),
                new MunicipalityId(ref.municipalityId()),
                clock.instant());
    }

    /** One consent of the case, for the withdrawal form. */
    @Transactional
    public ConsentOverview.ConsentView consent(UUID caseId, UUID consentId) {
        CaseRef ref = access.readContent(caseId, RECORD_TYPE);
        Consent consent = load(ref, consentId, null);
        return view(consent, new MunicipalityId(ref.municipalityId()), clock.instant());
    }

    private Consent load(CaseRef ref, UUID consentId, Long version) {
        Consent consent = consents.find(ref.municipalityId(), consentId)
                .filter(c -> c.caseId().equals(ref.caseId()))
                .orElseThrow(() -> guard.notFound(AccessAction.READ, RecordRef.of(RECORD_TYPE, consentId)));
        if (version != null && version != consent.version()) {
            throw new ConcurrentEditException(RECORD_TYPE, consentId, version);
        }
        return consent;
    }

    private ConsentOverview overviewOf(CaseRef ref) {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        MunicipalityId municipality = new MunicipalityId(ref.municipalityId());
        List<Consent> all = consents.ofCase(ref.municipalityId(), ref.caseId());
        List<ConsentOverview.ConsentView> views =
                all.stream().map(c -> view(c, municipality, now)).toList();
        boolean anyValid = views.stream().anyMatch(v -> v.status() != ConsentStatus.WITHDRAWN);
        Map<UUID, String> guardians = people.guardiansOf(municipality, ref.personId());
        boolean mayRecord = ref.actingAs() != FunctionType.GROUP_MANAGER && ref.status() != CaseStatus.CLOSED;
        return new ConsentOverview(
                ref.caseId(),
                ref.personId(),
                people.fullName(municipality, ref.personId()).orElse(""),
                anyValid ? CaseMode.CONSENT : CaseMode.INTERNAL_COORDINATION,
                actors(ref, all, now, zone),
                views,
                guardians,
                now,
                ref.actingAs(),
                mayRecord);
    }

    /**
     * Each actor the case has named — as a consent's recipient or as a party in the ledger — with the
     * basis sharing with it rests on now.
     */
    private List<ActorBasis> actors(CaseRef ref, List<Consent> all, Instant now, ZoneId zone) {
        Map<String, ActorBasis> actors = new LinkedHashMap<>();
        for (Consent c : all) {
            for (Recipient r : c.recipients()) {
                String key = Recipient.actorKey(r.organisation(), r.kind());
                Set<InformationCategory> covered = c.coveredFor(r.id(), now, zone);
                ActorBasis known = actors.get(key);
                if (!covered.isEmpty()) {
                    if (known != null && known.basis() == ActorBasis.Kind.CONSENT) {
                        Set<InformationCategory> union = EnumSet.copyOf(covered);
                        union.addAll(known.categories());
                        actors.put(key, ActorBasis.byConsent(r, c, union));
                    } else {
                        actors.put(key, ActorBasis.byConsent(r, c, covered));
                    }
                } else if (known == null) {
                    actors.put(key, ActorBasis.none(r.organisation(), r.kind()));
                }
            }
        }
        for (DisclosureEntry e : ledger.entriesFor(DisclosureContext.ofCase(ref.caseId(), null))) {
            Party party = e.direction() == Direction.OUT ? e.to() : e.from();
            if (party == null || party.kind() == null) {
                continue;
            }
            String key = Recipient.actorKey(party.organisation(), party.kind());
            ActorBasis known = actors.get(key);
            if (known != null && known.basis() == ActorBasis.Kind.CONSENT) {
                continue;
            }
            if (!e.corrected() && breaksSecrecy(e.basis())) {
                // Entries come oldest first: the latest one for the party stays.
                actors.put(
                        key,
                        new ActorBasis(
                                known == null ? party.organisation() : known.organisation(),
                                party.kind(),
                                ActorBasis.Kind.LEDGER,
                                null,
                                null,
                                e.categories(),
                                e.basis(),
                                e.occurredAt(),
                                e.direction(),
                                e.id()));
            } else if (known == null) {
                actors.put(key, ActorBasis.none(party.organisation(), party.kind()));
            }
        }
        return new ArrayList<>(actors.values());
    }

    /** A basis that lets information pass without a consent; consent itself and de-identified sharing do not count. */
    static boolean breaksSecrecy(LegalBasis basis) {
        return basis != null && basis != LegalBasis.CONSENT && basis != LegalBasis.DE_IDENTIFIED;
    }

    private ConsentOverview.ConsentView view(Consent c, MunicipalityId municipality, Instant now) {
        Map<UUID, String> names = new HashMap<>(people.fullNames(
                municipality, c.givers().stream().map(ConsentGiver::personId).toList()));
        List<StaffId> staffIds = new ArrayList<>();
        staffIds.add(new StaffId(c.recordedBy()));
        c.withdrawals().forEach(w -> staffIds.add(new StaffId(w.recordedBy())));
        staff.names(municipality, staffIds).forEach((id, name) -> names.put(id.value(), name));
        Map<UUID, Set<InformationCategory>> covered = new LinkedHashMap<>();
        c.recipients().forEach(r -> covered.put(r.id(), c.coveredFor(r.id(), now, clock.getZone())));
        return new ConsentOverview.ConsentView(c, c.statusAt(now, clock.getZone()), covered, names);
    }

    private static String recipientNames(List<Recipient> recipients) {
        return recipients.stream().map(Recipient::organisation).collect(Collectors.joining(", "));
    }
}
