package se.traden.collaboration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The contact log over HTTP: the same rules as the contacts page. */
@RestController
@RequestMapping("/api/v1/cases/{caseId}/contacts")
@Tag(name = "Contacts", description = "The case manager's contacts with the child, the family and the network")
class ContactApi {
    private final ContactService service;

    ContactApi(ContactService service) {
        this.service = service;
    }

    record ContactRequest(
            OffsetDateTime occurredAt,
            ContactKind kind,
            Set<ContactParty> withWhom,
            String withWhomDetail,
            UUID personId,
            String note) {}

    record ContactJson(
            UUID id,
            Instant occurredAt,
            ContactKind kind,
            Set<ContactParty> withWhom,
            String withWhomDetail,
            UUID personId,
            String note,
            UUID recordedBy,
            String recordedInFunction,
            Instant recordedAt) {

        static ContactJson of(Contact c) {
            return new ContactJson(
                    c.id(),
                    c.occurredAt(),
                    c.kind(),
                    c.withWhom(),
                    c.withWhomDetail(),
                    c.personId(),
                    c.note(),
                    c.recorded().staffId(),
                    c.recorded().function().name(),
                    c.recorded().at());
        }
    }

    record WeekJson(LocalDate monday, int year, int week, int contacts) {}

    record ContactLogJson(List<ContactJson> latest, List<WeekJson> intensity) {}

    @GetMapping
    @Operation(summary = "The latest contacts of the case and the contacts per ISO week over the last 26 weeks")
    ContactLogJson log(@PathVariable UUID caseId) {
        var log = service.log(caseId);
        return new ContactLogJson(
                log.latest().stream().map(ContactJson::of).toList(),
                log.intensity().weeks().stream()
                        .map(w -> new WeekJson(w.monday(), w.year(), w.number(), w.contacts()))
                        .toList());
    }

    @PostMapping
    @Operation(summary = "Log a contact (the case manager of the case or the individual coordinator)")
    ResponseEntity<ContactJson> record(@PathVariable UUID caseId, @RequestBody ContactRequest r) {
        Contact c = service.record(
                caseId,
                new Contact.NewContact(
                        r.occurredAt() == null ? null : r.occurredAt().toInstant(),
                        r.kind(),
                        r.withWhom(),
                        r.withWhomDetail(),
                        r.personId(),
                        r.note()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/contacts/" + c.id()))
                .body(ContactJson.of(c));
    }
}
