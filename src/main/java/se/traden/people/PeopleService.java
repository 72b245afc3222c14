package se.traden.people;

import static se.traden.shared.AccessAction.CREATE;
import static se.traden.shared.AccessAction.READ;
import static se.traden.shared.AccessAction.SEARCH;
import static se.traden.shared.AccessAction.UPDATE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.people.PeopleCommands.CorrectPerson;
import se.traden.people.PeopleCommands.RegisterChild;
import se.traden.people.PeopleCommands.RegisterRelated;
import se.traden.people.PeopleCommands.SearchPeople;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.Actor;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FunctionType;
import se.traden.shared.RecordRef;

/**
 * The person register's commands and queries. Each is one read-write transaction in which the access
 * guard is asked first and the access is logged with the work: a person is only ever shown, found,
 * created or changed through here. Input is read and checked completely before anything is written.
 */
@Service
class PeopleService {
    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;
    static final int MIN_NAME_QUERY = 2;

    private final PersonRepository people;
    private final AccessGuard guard;
    private final Clock clock;

    PeopleService(PersonRepository people, AccessGuard guard, Clock clock) {
        this.people = people;
        this.guard = guard;
        this.clock = clock;
    }

    /** Refuses (and logs) an actor whose function may not search; opening the empty form shows no data. */
    void checkMaySearch() {
        guard.check(SEARCH, RecordRef.of("person-search", null), PeopleAccessPolicy.maySearch());
    }

    /** Refuses (and logs) an actor whose function may not register a child. */
    void checkMayRegister() {
        guard.check(CREATE, RecordRef.of("person", null), PeopleAccessPolicy.mayRegister());
    }

    /** Whether the actor may relate persons to a child: decides which actions a page offers. */
    boolean mayRelate() {
        return guard.actor().actingAs(PeopleAccessPolicy.mayRelate()).isPresent();
    }

    @Transactional
    PersonId registerChild(RegisterChild input) {
        guard.check(CREATE, RecordRef.of("person", null), PeopleAccessPolicy.mayRegister());
        Actor actor = guard.actor();
        LocalDate today = LocalDate.now(clock);
        var violations = new Violations();
        PersonName name = violations.collect(() -> new PersonName(input.givenNames(), input.familyName()));
        IdentityKind identityKind = childIdentityKind(input.identityKind(), violations);
        LocalDate givenBirth = date("dateOfBirth", input.dateOfBirth(), violations);
        PersonalIdentityNumber number = null;
        String reserveReason = null;
        if (identityKind == IdentityKind.RESERVE) {
            reserveReason = violations.collect(() -> ReserveIdentity.requireReason(input.reserveReason()));
            if (Violations.clean(input.personalNumber()) != null) {
                violations.add("personalNumber", "person.number-with-reserve-identity");
            }
            if (givenBirth == null && !violations.has("dateOfBirth")) {
                violations.add("dateOfBirth", "person.date-of-birth-required");
            } else if (givenBirth != null) {
                LocalDate born = givenBirth;
                DateOfBirthPolicy.rejectionForChild(born, today, "dateOfBirth")
                        .ifPresent(v -> violations.add(
                                v.field(), v.code(), v.arguments().toArray()));
            }
        } else if (identityKind != null) {
            number = number("personalNumber", input.personalNumber(), today, violations);
            if (number == null && !violations.has("personalNumber")) {
                violations.add("personalNumber", "person.personal-number-required");
            }
            if (number != null && IdentityKind.of(number) != identityKind) {
                violations.add(
                        "personalNumber",
                        number.isCoordinationNumber()
                                ? "person.number-is-coordination"
                                : "person.number-is-not-coordination");
            }
            if (number != null && givenBirth != null) {
                PersonalIdentityNumber known = number;
                violations.collect(() -> Person.dateOfBirthOf(known, givenBirth));
            }
        }
        violations.throwIfAny();

        Person child;
        if (number != null) {
            refuseDuplicate(actor, number, null);
            child = Person.registerChild(
                    PersonId.newId(),
                    actor.municipalityId(),
                    name,
                    number,
                    Boolean.TRUE.equals(input.protectedIdentity()),
                    today);
        } else {
            int year = today.getYear();
            var reserve = new ReserveIdentity(
                    ReserveIdentity.format(year, people.nextReserveNumber(actor.municipalityId(), year)),
                    reserveReason);
            child = Person.registerChildWithReserveIdentity(
                    PersonId.newId(),
                    actor.municipalityId(),
                    name,
                    reserve,
                    givenBirth,
                    Boolean.TRUE.equals(input.protectedIdentity()),
                    today);
        }
        people.insert(child, actor.staffId(), now());
        guard.permit(CREATE, personRef(child.id()), PeopleAccessPolicy.mayRegister());
        return child.id();
    }

    /** The child a guardian or network person is about to be related to, for the form's heading. */
    @Transactional
    PersonSummary childToRelate(PersonId childId) {
        Person child = find(READ, childId, PeopleAccessPolicy.mayRelate());
        guard.permit(READ, personRef(childId), PeopleAccessPolicy.mayRelate());
        return PersonSummary.of(child);
    }

    @Transactional
    PersonId registerRelated(PersonId childId, RegisterRelated input) {
        Person child = find(UPDATE, childId, PeopleAccessPolicy.mayRelate());
        Actor actor = guard.actor();
        LocalDate today = LocalDate.now(clock);
        var violations = new Violations();
        RelationType relation = relation(input.relation(), violations);
        PersonName name = violations.collect(() -> new PersonName(input.givenNames(), input.familyName()));
        PersonalIdentityNumber number = number("personalNumber", input.personalNumber(), today, violations);
        LocalDate born = date("dateOfBirth", input.dateOfBirth(), violations);
        ContactDetails contact =
                violations.collect(() -> new ContactDetails(input.phone(), input.email(), input.address()));
        Person related = null;
        if (relation != null && name != null && !violations.has("personalNumber") && !violations.has("dateOfBirth")) {
            related = violations.collect(() -> Person.registerRelated(
                    PersonId.newId(),
                    actor.municipalityId(),
                    relation,
                    name,
                    number,
                    born,
                    contact,
                    Boolean.TRUE.equals(input.protectedIdentity()),
                    today));
        }
        violations.throwIfAny();
        if (number != null) {
            refuseDuplicate(actor, number, null);
        }
        PersonRelation relationToChild =
                related.relateTo(child, relation, people.relationsOfChild(actor.municipalityId(), childId));
        Instant now = now();
        people.insert(related, actor.staffId(), now);
        people.insertRelation(actor.municipalityId(), relationToChild, actor.staffId(), now);
        guard.permit(CREATE, personRef(related.id()), PeopleAccessPolicy.mayRelate());
        guard.permit(UPDATE, relationRef(relationToChild, childId), PeopleAccessPolicy.mayRelate());
        return related.id();
    }

    /** Relates a registered person (found by the API through a search) to a child. */
    @Transactional
    void relateExisting(PersonId childId, PersonId personId, String relationInput) {
        Person child = find(UPDATE, childId, PeopleAccessPolicy.mayRelate());
        var violations = new Violations();
        RelationType relation = relation(relationInput, violations);
        violations.throwIfAny();
        Person person = find(UPDATE, personId, PeopleAccessPolicy.mayRelate());
        relate(child, person, relation);
    }

    /** Relates a registered person, found by number, to a child: how siblings come to share guardians. */
    @Transactional
    PersonId relateExistingByNumber(PersonId childId, String numberInput, String relationInput) {
        Person child = find(UPDATE, childId, PeopleAccessPolicy.mayRelate());
        Actor actor = guard.actor();
        var violations = new Violations();
        RelationType relation = relation(relationInput, violations);
        PersonalIdentityNumber number = number("personalNumber", numberInput, LocalDate.now(clock), violations);
        if (number == null && !violations.has("personalNumber")) {
            violations.add("personalNumber", "person.personal-number-required");
        }
        violations.throwIfAny();
        Person person = people.findByNumber(actor.municipalityId(), number)
                .orElseThrow(() ->
                        se.traden.shared.InvalidInputException.of("personalNumber", "person.no-person-with-number"));
        guard.permit(SEARCH, personRef(person.id()), PeopleAccessPolicy.mayRelate());
        relate(child, person, relation);
        return person.id();
    }

    private void relate(Person child, Person person, RelationType relation) {
        Actor actor = guard.actor();
        PersonRelation relationToChild =
                person.relateTo(child, relation, people.relationsOfChild(actor.municipalityId(), child.id()));
        people.insertRelation(actor.municipalityId(), relationToChild, actor.staffId(), now());
        guard.permit(UPDATE, relationRef(relationToChild, child.id()), PeopleAccessPolicy.mayRelate());
        guard.permit(UPDATE, relationRef(relationToChild, person.id()), PeopleAccessPolicy.mayRelate());
    }

    /**
     * One page of persons found by exact number or by name. Every person on the page is logged as
     * searched (so that the log, searched by person, shows who found them); a search that finds nobody
     * is logged once without a person.
     */
    @Transactional
    Page<PersonSummary> search(SearchPeople query) {
        guard.check(SEARCH, RecordRef.of("person-search", null), PeopleAccessPolicy.maySearch());
        Actor actor = guard.actor();
        var violations = new Violations();
        String numberText = Violations.clean(query.personalNumber());
        String nameText = Violations.clean(query.name());
        if (numberText != null && nameText != null) {
            violations.add("personalNumber", "person.search-one-criterion");
        } else if (numberText == null && nameText == null) {
            violations.add("personalNumber", "person.search-criterion-required");
        } else if (nameText != null && nameText.replace(" ", "").length() < MIN_NAME_QUERY) {
            violations.add("name", "person.search-name-too-short", MIN_NAME_QUERY);
        }
        int page = query.page() == null ? 0 : query.page();
        int size = query.size() == null || query.size() <= 0 ? DEFAULT_PAGE_SIZE : query.size();
        if (size > MAX_PAGE_SIZE) {
            violations.add("size", "person.page-size", MAX_PAGE_SIZE);
        }
        if (page < 0) {
            violations.add("page", "malformed");
        }
        PersonalIdentityNumber number =
                numberText == null ? null : number("personalNumber", numberText, LocalDate.now(clock), violations);
        violations.throwIfAny();

        Page<Person> found;
        if (number != null) {
            List<Person> match =
                    people.findByNumber(actor.municipalityId(), number).stream().toList();
            found = new Page<>(page == 0 ? match : List.of(), page, size, match.size());
        } else {
            List<String> words = Arrays.stream(nameText.split("\\s+")).toList();
            found = people.searchByName(actor.municipalityId(), words, page, size);
        }
        if (found.items().isEmpty()) {
            guard.permit(SEARCH, RecordRef.of("person-search", null), PeopleAccessPolicy.maySearch());
        }
        for (Person person : found.items()) {
            guard.permit(SEARCH, personRef(person.id()), PeopleAccessPolicy.maySearch());
        }
        return found.map(PersonSummary::of);
    }

    /**
     * The person page: identity, date of birth, age and relations. The persons listed as related are
     * shown too, so each of them is logged as read through the relation.
     */
    @Transactional
    PersonView read(PersonId id) {
        Person person = find(READ, id, PeopleAccessPolicy.mayRead());
        guard.permit(READ, personRef(id), PeopleAccessPolicy.mayRead());
        List<RelatedPerson> related = people.relatedTo(person.municipalityId(), id);
        for (RelatedPerson other : related) {
            guard.permit(
                    READ,
                    RecordRef.ofPerson(
                            "person-relation",
                            other.relationId(),
                            other.personId().value()),
                    PeopleAccessPolicy.mayRead());
        }
        return PersonView.of(person, related, LocalDate.now(clock));
    }

    /** The person as the correction form starts from, without relations. */
    @Transactional
    PersonView readForCorrection(PersonId id) {
        Person person = find(READ, id, PeopleAccessPolicy.mayUpdate());
        guard.permit(READ, personRef(id), PeopleAccessPolicy.mayUpdate());
        return PersonView.of(person, List.of(), LocalDate.now(clock));
    }

    /**
     * Corrects a person's details, provided nobody changed them since {@code expectedVersion}; returns
     * the new version.
     */
    @Transactional
    long correct(PersonId id, CorrectPerson input, Long expectedVersion) {
        Person person = find(UPDATE, id, PeopleAccessPolicy.mayUpdate());
        guard.permit(UPDATE, personRef(id), PeopleAccessPolicy.mayUpdate());
        if (expectedVersion == null) {
            // without the version the edit started from, it cannot be told apart from a stale one
            throw se.traden.shared.InvalidInputException.of("version", "person.version-required");
        }
        if (person.version() != expectedVersion) {
            throw new ConcurrentEditException("person", id, expectedVersion);
        }
        Actor actor = guard.actor();
        LocalDate today = LocalDate.now(clock);
        var violations = new Violations();
        PersonName name = violations.collect(() -> new PersonName(input.givenNames(), input.familyName()));
        PersonalIdentityNumber number = number("personalNumber", input.personalNumber(), today, violations);
        LocalDate born = date("dateOfBirth", input.dateOfBirth(), violations);
        ContactDetails contact =
                violations.collect(() -> new ContactDetails(input.phone(), input.email(), input.address()));
        if (number == null
                && !violations.has("personalNumber")
                && person.number().isPresent()) {
            violations.add("personalNumber", "person.number-cannot-be-removed");
        }
        if (name != null) {
            person.correctName(name);
        }
        boolean newNumber = number != null && !Optional.of(number).equals(person.number());
        if (number != null) {
            violations.collect(() -> {
                person.identifyBy(number, today);
                return null;
            });
        }
        if (!violations.has("dateOfBirth") && !violations.has("personalNumber")) {
            violations.collect(() -> {
                person.correctDateOfBirth(born, today);
                return null;
            });
        }
        if (contact != null) {
            person.changeContactDetails(contact);
        }
        person.recordProtectedIdentity(Boolean.TRUE.equals(input.protectedIdentity()));
        violations.throwIfAny();
        if (newNumber) {
            refuseDuplicate(actor, number, id);
        }
        if (!people.update(person, actor.staffId(), now())) {
            throw new ConcurrentEditException("person", id, expectedVersion);
        }
        return expectedVersion + 1;
    }

    /**
     * The person, after the acting function has been checked; a person that is absent or of another
     * municipality is refused as not found and the attempt is logged. Logs nothing on success: the
     * caller logs the access it makes.
     */
    private Person find(AccessAction action, PersonId id, FunctionType... allowed) {
        RecordRef ref = RecordRef.of("person", id);
        guard.check(action, ref, allowed);
        return people.find(guard.actor().municipalityId(), id).orElseThrow(() -> guard.notFound(action, ref));
    }

    private void refuseDuplicate(Actor actor, PersonalIdentityNumber number, PersonId self) {
        people.findByNumber(actor.municipalityId(), number)
                .filter(existing -> !existing.id().equals(self))
                .ifPresent(existing -> {
                    throw new DuplicatePersonalNumberException(existing.id());
                });
    }

    private static RecordRef personRef(PersonId id) {
        return RecordRef.ofPerson("person", id, id.value());
    }

    private static RecordRef relationRef(PersonRelation relation, PersonId whose) {
        return RecordRef.ofPerson("person-relation", relation.id(), whose.value());
    }

    private Instant now() {
        return clock.instant();
    }

    private static IdentityKind childIdentityKind(String input, Violations violations) {
        String text = Violations.clean(input);
        if (text != null) {
            for (IdentityKind kind : IdentityKind.values()) {
                if (kind != IdentityKind.NONE && kind.name().equals(text)) {
                    return kind;
                }
            }
        }
        violations.add("identityKind", "person.identity-kind-required");
        return null;
    }

    private static RelationType relation(String input, Violations violations) {
        String text = Violations.clean(input);
        if (text != null) {
            for (RelationType type : RelationType.values()) {
                if (type.name().equals(text)) {
                    return type;
                }
            }
        }
        violations.add("relation", "person.relation-required");
        return null;
    }

    /** A number as typed, or null when none was typed; a refused number adds its reason. */
    private static PersonalIdentityNumber number(String field, String input, LocalDate today, Violations violations) {
        if (Violations.clean(input) == null) {
            return null;
        }
        try {
            return PersonalIdentityNumber.parse(input, today);
        } catch (InvalidPersonalIdentityNumberException e) {
            violations.add(field, e.code());
            return null;
        }
    }

    /** A date as {@code yyyy-MM-dd} (what a date field sends), or null when none was given. */
    private static LocalDate date(String field, String input, Violations violations) {
        String text = Violations.clean(input);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(field, "person.date-malformed");
            return null;
        }
    }
}
