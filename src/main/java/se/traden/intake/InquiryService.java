package se.traden.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.disclosure.Direction;
import se.traden.disclosure.DisclosureContext;
import se.traden.disclosure.DisclosureEntry;
import se.traden.disclosure.DisclosureLedger;
import se.traden.disclosure.InformationCategory;
import se.traden.disclosure.LegalBasis;
import se.traden.disclosure.NewDisclosure;
import se.traden.disclosure.Party;
import se.traden.disclosure.PartyKind;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.Actor;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FieldViolation;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RecordRef;

/**
 * Early information gathering on a concern: questions to actors and their answers. Each command is
 * one transaction that writes the inquiry, its ledger entry and the concern's timeline event together;
 * when the legal basis does not fit, nothing of it is written. Only the functions that work the
 * concern take part; reporters never see inquiries or answers.
 */
@Service
public class InquiryService {
    private final Concerns concerns;
    private final Inquiries inquiries;
    private final DisclosureLedger ledger;
    private final AccessGuard guard;
    private final Clock clock;

    InquiryService(Concerns concerns, Inquiries inquiries, DisclosureLedger ledger, AccessGuard guard, Clock clock) {
        this.concerns = concerns;
        this.inquiries = inquiries;
        this.ledger = ledger;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * A question to an actor. The basis is the one the question itself is disclosed on (often OSL 10:2
     * or 15 a §), or {@link LegalBasis#DE_IDENTIFIED} when it is asked without identifying the child.
     * The date of birth or age, when given, is used for the age limit of 18 a §.
     */
    public record Ask(
            String actorOrganisation,
            PartyKind actorKind,
            String actorFunction,
            String question,
            Instant askedAt,
            LegalBasis basis,
            String balancing,
            Set<InformationCategory> categories,
            boolean crimePreventionPurpose,
            UUID consentId,
            LocalDate subjectDateOfBirth,
            Integer subjectAge) {}

    /**
     * What came back: the text, the categories of information, and the basis the actor disclosed it to
     * us on, with the balancing where that basis needs one.
     */
    public record Reply(
            Instant receivedAt,
            String text,
            Set<InformationCategory> categories,
            LegalBasis basis,
            String balancing,
            boolean requestedByUs,
            boolean crimePreventionPurpose,
            UUID consentId) {}

    /** An inquiry with the ledger entries of its question and answer. */
    public record InquiryView(Inquiry inquiry, DisclosureEntry question, DisclosureEntry answer) {}

    /** A question just put, and the concern's version after it (asking may start the gathering). */
    public record Asked(InquiryView view, long concernVersion) {}

    /** The inquiries of one concern, oldest first. */
    public record InquiryList(Concern concern, List<InquiryView> inquiries) {}

    @Transactional
    public InquiryList list(UUID concernId) {
        Concern concern = load(concernId, AccessAction.READ);
        guard.permit(AccessAction.READ, ref(concern), IntakeAccess.workers(concern));
        return listOf(concern);
    }

    /** Puts a question: the first one starts the gathering. */
    @Transactional
    public Asked ask(UUID concernId, long concernVersion, Ask ask) {
        Concern concern = load(concernId, AccessAction.UPDATE);
        FunctionType actingAs = guard.permit(AccessAction.UPDATE, ref(concern), IntakeAccess.workers(concern));
        if (concern.version() != concernVersion) {
            throw new ConcurrentEditException("concern", concern.id(), concernVersion);
        }
        Actor actor = guard.actor();
        Instant now = clock.instant();
        Acting by = new Acting(actor.staffId().value(), actingAs, now);
        Instant askedAt = ask.askedAt() == null ? now : ask.askedAt();
        Party actorParty = new Party(ask.actorOrganisation(), ask.actorKind(), ask.actorFunction());
        UUID inquiryId = UUID.randomUUID();

        // The concern's own rule first: only an open, triaged concern is asked about.
        concern.inquire(inquiryId, actorParty.organisation(), ask.actorKind(), ask.basis(), by);
        List<FieldViolation> violations =
                new ArrayList<>(Inquiry.questionViolations(actorParty, ask.question(), askedAt, now));
        boolean identifying = ask.basis() != LegalBasis.DE_IDENTIFIED;
        if (ask.basis() != null && identifying && concern.personId() == null) {
            violations.add(FieldViolation.of("basis", "inquiry.identify-first"));
        }
        NewDisclosure disclosure = new NewDisclosure(
                Direction.OUT,
                askedAt,
                identifying ? concern.personId() : null,
                context(concern),
                inquiries.ownParty(actor.municipalityId().value(), by.staffId(), actingAs, today()),
                actorParty,
                ask.categories(),
                ask.basis(),
                ask.balancing(),
                false,
                ask.crimePreventionPurpose(),
                ask.consentId(),
                ask.subjectDateOfBirth(),
                ask.subjectAge(),
                actingAs,
                blank(ask.question()) ? null : ask.question().strip(),
                null);
        merge(violations, ledger.assess(disclosure), field -> questionField(field, ask));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        DisclosureEntry entry = ledger.record(disclosure);
        Inquiry inquiry = Inquiry.ask(inquiryId, concern, actorParty, ask.question(), askedAt, by, entry.id());
        inquiries.insert(inquiry);
        concerns.update(concern);
        long version = concerns.find(concern.municipalityId(), concern.id())
                .orElseThrow()
                .version();
        return new Asked(new InquiryView(inquiry, entry, null), version);
    }

    /** Records the answer to a question, once. */
    @Transactional
    public InquiryView answer(UUID concernId, UUID inquiryId, long inquiryVersion, Reply reply) {
        Concern concern = load(concernId, AccessAction.UPDATE);
        FunctionType actingAs = guard.permit(AccessAction.UPDATE, ref(concern), IntakeAccess.workers(concern));
        Inquiry inquiry = inquiries
                .find(concern.municipalityId(), concern.id(), inquiryId)
                .orElseThrow(() -> guard.notFound(
                        AccessAction.UPDATE, RecordRef.ofPerson("concern-inquiry", inquiryId, concern.personId())));
        if (inquiry.version() != inquiryVersion) {
            throw new ConcurrentEditException("inquiry", inquiry.id(), inquiryVersion);
        }
        Actor actor = guard.actor();
        Instant now = clock.instant();
        Acting by = new Acting(actor.staffId().value(), actingAs, now);
        Instant receivedAt = reply.receivedAt() == null ? now : reply.receivedAt();

        List<FieldViolation> violations = new ArrayList<>(inquiry.answerViolations(reply.text(), receivedAt, now));
        boolean identifying = reply.basis() != LegalBasis.DE_IDENTIFIED;
        if (reply.basis() != null && identifying && concern.personId() == null) {
            violations.add(FieldViolation.of("basis", "inquiry.identify-first"));
        }
        NewDisclosure disclosure = new NewDisclosure(
                Direction.IN,
                receivedAt,
                identifying ? concern.personId() : null,
                context(concern),
                inquiry.actor(),
                inquiries.ownParty(actor.municipalityId().value(), by.staffId(), actingAs, today()),
                reply.categories(),
                reply.basis(),
                reply.balancing(),
                reply.requestedByUs(),
                reply.crimePreventionPurpose(),
                reply.consentId(),
                null,
                null,
                actingAs,
                // The ledger says what was asked; what came in stays with the inquiry.
                inquiry.question(),
                null);
        merge(violations, ledger.assess(disclosure), InquiryService::answerField);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        DisclosureEntry entry = ledger.record(disclosure);
        inquiry.recordAnswer(reply.text(), receivedAt, entry.id(), by);
        inquiries.updateAnswer(inquiry);
        concern.answerReceived(
                inquiry.id(), inquiry.actor().organisation(), inquiry.actor().kind(), reply.basis(), by);
        concerns.update(concern);
        DisclosureEntry question = ledger.entriesFor(context(concern)).stream()
                .filter(e -> e.id().equals(inquiry.questionDisclosureId()))
                .findFirst()
                .orElse(null);
        return new InquiryView(
                inquiries
                        .find(concern.municipalityId(), concern.id(), inquiry.id())
                        .orElseThrow(),
                question,
                entry);
    }

    private InquiryList listOf(Concern concern) {
        Map<UUID, DisclosureEntry> entries = ledger.entriesFor(context(concern)).stream()
                .collect(Collectors.toMap(DisclosureEntry::id, Function.identity()));
        List<InquiryView> views = inquiries.forConcern(concern.municipalityId(), concern.id()).stream()
                .map(i -> new InquiryView(
                        i,
                        entries.get(i.questionDisclosureId()),
                        i.answered() ? entries.get(i.answer().disclosureId()) : null))
                .toList();
        return new InquiryList(concern, views);
    }

    /** Adds the ledger's reasons under the names of this command's fields, each once. */
    private static void merge(
            List<FieldViolation> violations, List<FieldViolation> ledgerViolations, Function<String, String> field) {
        boolean identifyFirst = violations.stream().anyMatch(v -> v.code().equals("inquiry.identify-first"));
        for (FieldViolation v : ledgerViolations) {
            if (identifyFirst && v.code().equals("disclosure.person-required")) {
                continue;
            }
            FieldViolation renamed = new FieldViolation(field.apply(v.field()), v.code(), v.arguments());
            boolean known = violations.stream()
                    .anyMatch(w -> w.field().equals(renamed.field())
                            && (w.code().equals(renamed.code()) || w.code().equals("required")));
            if (!known) {
                violations.add(renamed);
            }
        }
    }

    /** Where a ledger reason belongs on the question: the recipient is the actor asked. */
    private static String questionField(String ledgerField, Ask ask) {
        return switch (ledgerField) {
            case "to.organisation" -> "actorOrganisation";
            case "to.kind" -> "actorKind";
            case "to.function" -> "actorFunction";
            case "occurredAt" -> "askedAt";
            case "summary" -> "question";
            case "categories", "balancing", "crimePreventionPurpose" -> ledgerField;
            case "subjectAge" ->
                ask.subjectDateOfBirth() == null && ask.subjectAge() != null ? "subjectAge" : "subjectDateOfBirth";
            default -> "basis";
        };
    }

    /** Where a ledger reason belongs on the answer: the actor is the one who disclosed. */
    private static String answerField(String ledgerField) {
        return switch (ledgerField) {
            case "occurredAt" -> "receivedAt";
            case "categories", "balancing", "crimePreventionPurpose" -> ledgerField;
            case "requestedByRecipient" -> "requestedByUs";
            default -> "basis";
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Concern load(UUID id, AccessAction action) {
        Actor actor = guard.actor();
        // Those who work no concern at all are refused before the lookup: the same answer whether it exists.
        guard.check(action, RecordRef.of("concern", id), IntakeAccess.WORKERS_OF_ANY);
        // Only the coordinator works every concern; the others get the refusal they get on one not theirs.
        return concerns.find(actor.municipalityId().value(), id)
                .orElseThrow(() -> guard.missing(action, RecordRef.of("concern", id), IntakeAccess.DECIDERS));
    }

    static DisclosureContext context(Concern concern) {
        return DisclosureContext.concern(concern.id(), concern.reference());
    }

    private static RecordRef ref(Concern concern) {
        return RecordRef.ofPerson("concern", concern.id(), concern.personId());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
