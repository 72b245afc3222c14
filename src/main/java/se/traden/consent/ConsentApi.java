package se.traden.consent;

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
import se.traden.disclosure.InformationCategory;
import se.traden.disclosure.PartyKind;
import se.traden.shared.InvalidInputException;

/** A case's consents over HTTP: the same commands and picture as the consent page. */
@RestController
@RequestMapping("/api/v1/cases/{caseId}/consents")
@Tag(name = "Consents", description = "Consents to share information about the child of a case, and their withdrawal")
class ConsentApi {
    private final ConsentService service;

    ConsentApi(ConsentService service) {
        this.service = service;
    }

    record RecipientJson(UUID id, String organisation, PartyKind kind, Set<InformationCategory> coveredNow) {}

    record GiverJson(UUID personId, GiverRole role, String name) {}

    record WithdrawalJson(
            UUID id,
            Instant at,
            String communicatedBy,
            Set<UUID> recipientIds,
            Set<InformationCategory> categories,
            boolean whole,
            String note,
            Instant recordedAt,
            String recordedBy) {}

    record ConsentJson(
            UUID id,
            ConsentStatus status,
            List<GiverJson> givers,
            Set<InformationCategory> categories,
            List<RecipientJson> recipients,
            String purpose,
            LocalDate givenOn,
            ConsentMethod method,
            String notedBy,
            Instant recordedAt,
            String recordedBy,
            List<WithdrawalJson> withdrawals,
            long version) {

        static ConsentJson of(ConsentOverview.ConsentView v) {
            Consent c = v.consent();
            return new ConsentJson(
                    c.id(),
                    v.status(),
                    c.givers().stream()
                            .map(g -> new GiverJson(g.personId(), g.role(), v.name(g.personId())))
                            .toList(),
                    c.categories(),
                    c.recipients().stream()
                            .map(r -> new RecipientJson(r.id(), r.organisation(), r.kind(), v.covered(r.id())))
                            .toList(),
                    c.purpose(),
                    c.givenOn(),
                    c.method(),
                    c.notedBy(),
                    c.recordedAt(),
                    v.name(c.recordedBy()),
                    c.withdrawals().stream()
                            .map(w -> new WithdrawalJson(
                                    w.id(),
                                    w.at(),
                                    w.communicatedBy(),
                                    w.recipientIds(),
                                    w.categories(),
                                    w.whole(),
                                    w.note(),
                                    w.recordedAt(),
                                    v.name(w.recordedBy())))
                            .toList(),
                    c.version());
        }
    }

    record ConsentsJson(UUID caseId, CaseMode mode, List<ActorBasis> actors, List<ConsentJson> consents) {}

    record ConsentRequest(
            List<UUID> givers,
            Set<InformationCategory> categories,
            List<NewConsent.NewRecipient> recipients,
            String purpose,
            LocalDate givenOn,
            ConsentMethod method,
            String notedBy) {}

    record WithdrawalRequestJson(
            Long version,
            Instant at,
            String communicatedBy,
            Set<UUID> recipientIds,
            Set<InformationCategory> categories,
            String note) {}

    @GetMapping
    @Operation(summary = "The case's mode (consent or internal coordination), each actor's basis, and every consent")
    ConsentsJson list(@PathVariable UUID caseId) {
        ConsentOverview o = service.overview(caseId);
        return new ConsentsJson(
                o.caseId(),
                o.mode(),
                o.actors(),
                o.consents().stream().map(ConsentJson::of).toList());
    }

    @PostMapping
    @Operation(summary = "Record a consent: givers, categories, recipient organisations, purpose, day and how")
    ResponseEntity<ConsentJson> record(@PathVariable UUID caseId, @RequestBody ConsentRequest r) {
        ConsentOverview.ConsentView given = service.record(
                caseId,
                new NewConsent(
                        r.givers(), r.categories(), r.recipients(), r.purpose(), r.givenOn(), r.method(), r.notedBy()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/consents/"
                        + given.consent().id()))
                .eTag(etag(given.consent().version()))
                .body(ConsentJson.of(given));
    }

    @PostMapping("/{consentId}/withdrawal")
    @Operation(
            summary = "Withdraw a consent, whole or for some recipients and categories, with immediate effect",
            description = "Empty recipientIds and categories withdraw the whole consent. 'at' defaults to now.")
    ResponseEntity<ConsentJson> withdraw(
            @PathVariable UUID caseId,
            @PathVariable UUID consentId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody WithdrawalRequestJson r) {
        ConsentOverview.ConsentView consent = service.withdraw(
                caseId,
                consentId,
                version(ifMatch, r.version()),
                new Consent.WithdrawalRequest(r.at(), r.communicatedBy(), r.recipientIds(), r.categories(), r.note()));
        return ResponseEntity.ok().eTag(etag(consent.consent().version())).body(ConsentJson.of(consent));
    }

    /** The version a withdrawal starts from, when the caller states one; without, withdrawals simply queue. */
    static Long version(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            try {
                return Long.parseLong(
                        ifMatch.replace("W/", "").replace("\"", "").strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("If-Match", "malformed");
            }
        }
        return bodyVersion;
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
