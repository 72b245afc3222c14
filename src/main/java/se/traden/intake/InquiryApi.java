package se.traden.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.traden.disclosure.DisclosureEntry;
import se.traden.disclosure.InformationCategory;
import se.traden.disclosure.LegalBasis;
import se.traden.disclosure.Party;
import se.traden.disclosure.PartyKind;

/**
 * Early information gathering over HTTP: the questions put about a concern and their answers, each
 * with the ledger entry it was disclosed on.
 */
@RestController
@RequestMapping("/api/v1/concerns/{concernId}/inquiries")
@Tag(
        name = "Inquiries",
        description = "Early information gathering on a concern, each question and answer in the ledger")
class InquiryApi {
    private final InquiryService service;

    InquiryApi(InquiryService service) {
        this.service = service;
    }

    /** A question; {@code version} is the concern's version (or send If-Match). */
    record AskRequest(
            Long version,
            String actorOrganisation,
            PartyKind actorKind,
            String actorFunction,
            String question,
            Instant askedAt,
            LegalBasis basis,
            String balancing,
            Set<InformationCategory> categories,
            Boolean crimePreventionPurpose,
            UUID consentId,
            LocalDate subjectDateOfBirth,
            Integer subjectAge) {}

    /** An answer; {@code version} is the inquiry's version (or send If-Match). */
    record AnswerRequest(
            Long version,
            Instant receivedAt,
            String text,
            Set<InformationCategory> categories,
            LegalBasis basis,
            String balancing,
            Boolean requestedByUs,
            Boolean crimePreventionPurpose,
            UUID consentId) {}

    record Disclosure(
            UUID entryId,
            LegalBasis basis,
            String balancing,
            Set<InformationCategory> categories,
            boolean requestedByRecipient,
            boolean crimePreventionPurpose,
            Integer subjectAge) {
        static Disclosure of(DisclosureEntry e) {
            return e == null
                    ? null
                    : new Disclosure(
                            e.id(),
                            e.basis(),
                            e.balancing(),
                            e.categories(),
                            e.requestedByRecipient(),
                            e.crimePreventionPurpose(),
                            e.subjectAge());
        }
    }

    record AnswerJson(Instant receivedAt, String text, UUID recordedBy, String recordedIn, Disclosure disclosure) {}

    record InquiryJson(
            UUID id,
            Party actor,
            String question,
            Instant askedAt,
            UUID askedBy,
            String askedIn,
            Disclosure disclosure,
            AnswerJson answer,
            long version) {}

    record InquiriesJson(
            UUID concernId, String reference, String status, long concernVersion, List<InquiryJson> inquiries) {}

    record AskedJson(long concernVersion, InquiryJson inquiry) {}

    @GetMapping
    @Operation(summary = "The questions put about a concern and their answers (the functions that work the concern)")
    InquiriesJson list(@PathVariable UUID concernId) {
        var list = service.list(concernId);
        Concern c = list.concern();
        return new InquiriesJson(
                c.id(),
                c.reference(),
                c.status().name(),
                c.version(),
                list.inquiries().stream().map(InquiryApi::json).toList());
    }

    @PostMapping
    @Operation(
            summary = "Put a question to an actor; the first one starts the gathering",
            description = "The question is written to the disclosure ledger with its basis, or refused with the"
                    + " policy's reasons (400, errors[].code such as disclosure.18a-age) and nothing is stored.")
    ResponseEntity<AskedJson> ask(
            @PathVariable UUID concernId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody AskRequest r) {
        var asked = service.ask(
                concernId,
                ConcernApi.version(ifMatch, r.version()),
                new InquiryService.Ask(
                        r.actorOrganisation(),
                        r.actorKind(),
                        r.actorFunction(),
                        r.question(),
                        r.askedAt(),
                        r.basis(),
                        r.balancing(),
                        r.categories(),
                        Boolean.TRUE.equals(r.crimePreventionPurpose()),
                        r.consentId(),
                        r.subjectDateOfBirth(),
                        r.subjectAge()));
        Inquiry i = asked.view().inquiry();
        return ResponseEntity.created(URI.create("/api/v1/concerns/" + concernId + "/inquiries/" + i.id()))
                .eTag(ConcernApi.etag(i.version()))
                .body(new AskedJson(asked.concernVersion(), json(asked.view())));
    }

    @PostMapping("/{inquiryId}/answer")
    @Operation(
            summary = "Record the answer to a question, once",
            description = "The answer is written to the disclosure ledger (direction IN) in the same transaction;"
                    + " a basis that does not fit stores neither.")
    ResponseEntity<InquiryJson> answer(
            @PathVariable UUID concernId,
            @PathVariable UUID inquiryId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody AnswerRequest r) {
        var view = service.answer(
                concernId,
                inquiryId,
                ConcernApi.version(ifMatch, r.version()),
                new InquiryService.Reply(
                        r.receivedAt(),
                        r.text(),
                        r.categories(),
                        r.basis(),
                        r.balancing(),
                        // An answer to our own question is, unless said otherwise, one we asked for.
                        r.requestedByUs() == null || r.requestedByUs(),
                        Boolean.TRUE.equals(r.crimePreventionPurpose()),
                        r.consentId()));
        return ResponseEntity.ok()
                .eTag(ConcernApi.etag(view.inquiry().version()))
                .body(json(view));
    }

    static InquiryJson json(InquiryService.InquiryView view) {
        Inquiry i = view.inquiry();
        Inquiry.Answer a = i.answer();
        return new InquiryJson(
                i.id(),
                i.actor(),
                i.question(),
                i.askedAt(),
                i.askedBy(),
                i.askedIn().name(),
                Disclosure.of(view.question()),
                a == null
                        ? null
                        : new AnswerJson(
                                a.receivedAt(),
                                a.text(),
                                a.recordedBy(),
                                a.recordedIn().name(),
                                Disclosure.of(view.answer())),
                i.version());
    }
}
