package se.traden.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.traden.people.PeopleCommands.CorrectPerson;
import se.traden.people.PeopleCommands.RegisterChild;
import se.traden.people.PeopleCommands.RegisterRelated;
import se.traden.people.PeopleCommands.SearchPeople;
import se.traden.shared.InvalidInputException;
import se.traden.shared.web.Versions;

/**
 * The person register over JSON. A person's version is its ETag; a correction must say which version
 * it starts from (If-Match, or {@code version} in the body). Searching is a POST with the number in
 * the body: personal identity numbers never appear in a URL.
 */
@RestController
@RequestMapping(path = "/api/v1/people", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "people", description = "Children, guardians and network persons of the municipality")
class PeopleApi {
    private final PeopleService people;
    private final PeopleSearch search;

    PeopleApi(PeopleService people, PeopleSearch search) {
        this.people = people;
        this.search = search;
    }

    @PostMapping("/children")
    @Operation(summary = "Register a child by personal identity number, co-ordination number or reserve identity")
    ResponseEntity<Created> registerChild(@RequestBody RegisterChild request) {
        PersonId id = people.registerChild(request);
        String href = "/api/v1/people/" + id;
        return ResponseEntity.created(URI.create(href)).eTag("\"0\"").body(new Created(id.value(), href));
    }

    @PostMapping("/search")
    @Operation(summary = "Find persons by exact personal identity number (any accepted form) or by name")
    SearchResult search(@RequestBody SearchPeople request) {
        Page<PersonSummary> page = search.search(request);
        return new SearchResult(
                page.items().stream().map(SearchHit::of).toList(), page.page(), page.size(), page.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A person with identity, date of birth, age and relations; the ETag is the version")
    ResponseEntity<PersonResponse> read(@PathVariable UUID id) {
        PersonView person = people.read(new PersonId(id));
        return ResponseEntity.ok().eTag(etag(person.version())).body(PersonResponse.of(person));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Correct a person's details; stale versions are refused with 409")
    ResponseEntity<Void> correct(
            @PathVariable UUID id,
            @Parameter(description = "the version (ETag) the correction starts from")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody CorrectionRequest request) {
        Long version = ifMatch != null ? Long.valueOf(Versions.expected(ifMatch, null)) : request.version();
        long newVersion = people.correct(new PersonId(id), request.toCommand(), version);
        return ResponseEntity.noContent().eTag(etag(newVersion)).build();
    }

    @PostMapping(path = "/{childId}/relations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Relate a registered person (personId) or a new person (person) to a child")
    ResponseEntity<Created> relate(@PathVariable UUID childId, @RequestBody RelateRequest request) {
        var child = new PersonId(childId);
        PersonId related;
        if (request.personId() != null && request.person() != null) {
            throw InvalidInputException.of("personId", "person.relate-one-person");
        } else if (request.personId() != null) {
            related = new PersonId(request.personId());
            people.relateExisting(child, related, request.relation());
        } else if (request.person() != null) {
            NewRelatedPerson p = request.person();
            related = people.registerRelated(
                    child,
                    new RegisterRelated(
                            request.relation(),
                            p.givenNames(),
                            p.familyName(),
                            p.personalNumber(),
                            p.dateOfBirth(),
                            p.phone(),
                            p.email(),
                            p.address(),
                            p.protectedIdentity()));
        } else {
            throw InvalidInputException.of("personId", "person.relate-one-person");
        }
        String href = "/api/v1/people/" + related;
        return ResponseEntity.created(URI.create(href)).body(new Created(related.value(), href));
    }

    private static String etag(long version) {
        return Versions.etag(version);
    }

    record Created(UUID id, String href) {}

    record SearchResult(List<SearchHit> items, int page, int size, long total) {}

    record SearchHit(
            UUID id,
            PersonKind kind,
            String name,
            IdentityKind identityKind,
            String personalNumber,
            String reserveId,
            LocalDate dateOfBirth,
            boolean protectedIdentity,
            String href) {
        static SearchHit of(PersonSummary p) {
            return new SearchHit(
                    p.id().value(),
                    p.kind(),
                    p.fullName(),
                    p.identityKind(),
                    p.personalNumber(),
                    p.reserveId(),
                    p.dateOfBirth(),
                    p.protectedIdentity(),
                    "/api/v1/people/" + p.id());
        }
    }

    record PersonResponse(
            UUID id,
            PersonKind kind,
            String givenNames,
            String familyName,
            IdentityKind identityKind,
            String personalNumber,
            String reserveId,
            String reserveReason,
            LocalDate dateOfBirth,
            Integer age,
            boolean protectedIdentity,
            String phone,
            String email,
            String address,
            long version,
            List<Relation> relations) {
        static PersonResponse of(PersonView p) {
            return new PersonResponse(
                    p.id().value(),
                    p.kind(),
                    p.givenNames(),
                    p.familyName(),
                    p.identityKind(),
                    p.personalNumber(),
                    p.reserveId(),
                    p.reserveReason(),
                    p.dateOfBirth(),
                    p.age(),
                    p.protectedIdentity(),
                    p.phone(),
                    p.email(),
                    p.address(),
                    p.version(),
                    p.relations().stream().map(Relation::of).toList());
        }
    }

    /**
     * One relation seen from the person read: {@code role} RELATIVE when the other person stands to this
     * child as {@code relation}, CHILD when this person stands to the other (a child) as {@code relation}.
     */
    record Relation(UUID relationId, RelationType relation, String role, UUID personId, String name, String href) {
        static Relation of(RelatedPerson r) {
            return new Relation(
                    r.relationId(),
                    r.relation(),
                    r.otherIsRelated() ? "RELATIVE" : "CHILD",
                    r.personId().value(),
                    r.name().fullName(),
                    "/api/v1/people/" + r.personId());
        }
    }

    record CorrectionRequest(
            String givenNames,
            String familyName,
            String personalNumber,
            String dateOfBirth,
            Boolean protectedIdentity,
            String phone,
            String email,
            String address,
            Long version) {
        CorrectPerson toCommand() {
            return new CorrectPerson(
                    givenNames, familyName, personalNumber, dateOfBirth, protectedIdentity, phone, email, address);
        }
    }

    record RelateRequest(String relation, UUID personId, NewRelatedPerson person) {}

    record NewRelatedPerson(
            String givenNames,
            String familyName,
            String personalNumber,
            String dateOfBirth,
            String phone,
            String email,
            String address,
            Boolean protectedIdentity) {}
}
