package se.traden.people;

import static se.traden.shared.AccessAction.CREATE;
import static se.traden.shared.AccessAction.READ;
import static se.traden.shared.AccessAction.SEARCH;
import static se.traden.shared.AccessAction.UPDATE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.people.PeopleCommands.CorrectPerson;
import se.traden.people.PeopleCommands.RegisterChild;
import se.traden.people.PeopleCommands.RegisterRelated;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.Actor;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RecordRef;
import se.traden.shared.RuleViolationException;

/**
 * The person register's commands and the person page (finding persons is {@link PeopleSearch}). Each
 * is one read-write transaction in which the access guard is asked first and the access is logged
 * with the work: a person is only ever shown, created or changed through here. Input is read and
 * checked completely before anything is written.
 */
@Service
class PeopleService {
    private final PersonRepository people;
    private final AccessGuard guard;
    private final Clock clock;
    private final se.traden.shared.AccessLog accessLog;
    private final org.springframework.beans.factory.ObjectProvider<ProtectedIdentityAccess> protectedAccess;

    /** The access-log reason on every read of a person with protected identity. */
    static final String PROTECTED_FLAG = "protected-identity";

    PeopleService(
            PersonRepository people,
            AccessGuard guard,
            Clock clock,
            se.traden.shared.AccessLog accessLog,
            org.springframework.beans.factory.ObjectProvider<ProtectedIdentityAccess> protectedAccess) {
        this.accessLog = accessLog;
        this.protectedAccess = protectedAccess;
        this.people = people;
        this.guard = guard;
        this.clock = clock;
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
        PersonInput.Child read = PersonInput.child(input, today);
        Person child;
        if (read.number() != null) {
            refuseDuplicate(actor, read.number(), null);
            child = Person.registerChild(
                    PersonId.newId(),
                    actor.municipalityId(),
                    read.name(),
                    read.number(),
                    Boolean.TRUE.equals(input.protectedIdentity()),
                    today);
        } else {
            int year = today.getYear();
            var reserve = new ReserveIdentity(
                    ReserveIdentity.format(year, people.nextReserveNumber(actor.municipalityId(), year)),
                    read.reserveReason());
            child = Person.registerChildWithReserveIdentity(
                    PersonId.newId(),
                    actor.municipalityId(),
                    read.name(),
                    reserve,
                    read.dateOfBirth(),
                    Boolean.TRUE.equals(input.protectedIdentity()),
                    today);
        }
        insert(actor, child);
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
        RelationType relation = PersonInput.relation(input.relation(), violations);
        PersonName name = violations.collect(() -> new PersonName(input.givenNames(), input.familyName()));
        PersonalIdentityNumber number = PersonInput.number("personalNumber", input.personalNumber(), today, violations);
        LocalDate born = PersonInput.date("dateOfBirth", input.dateOfBirth(), violations);
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
        insert(actor, related);
        insertRelation(actor, relationToChild);
        guard.permit(CREATE, personRef(related.id()), PeopleAccessPolicy.mayRelate());
        guard.permit(UPDATE, relationRef(relationToChild, childId), PeopleAccessPolicy.mayRelate());
        return related.id();
    }

    /** Relates a registered person (found by the API through a search) to a child. */
    @Transactional
    void relateExisting(PersonId childId, PersonId personId, String relationInput) {
        Person child = find(UPDATE, childId, PeopleAccessPolicy.mayRelate());
        var violations = new Violations();
        RelationType relation = PersonInput.relation(relationInput, violations);
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
        RelationType relation = PersonInput.relation(relationInput, violations);
        PersonalIdentityNumber number =
                PersonInput.number("personalNumber", numberInput, LocalDate.now(clock), violations);
        if (number == null && !violations.has("personalNumber")) {
            violations.add("personalNumber", "person.personal-number-required");
        }
        violations.throwIfAny();
        Person person = people.findByNumber(actor.municipalityId(), number)
                .orElseThrow(() -> InvalidInputException.of("personalNumber", "person.no-person-with-number"));
        guard.permit(SEARCH, personRef(person.id()), PeopleAccessPolicy.mayRelate());
        relate(child, person, relation);
        return person.id();
    }

    private void relate(Person child, Person person, RelationType relation) {
        Actor actor = guard.actor();
        PersonRelation relationToChild =
                person.relateTo(child, relation, people.relationsOfChild(actor.municipalityId(), child.id()));
        insertRelation(actor, relationToChild);
        guard.permit(UPDATE, relationRef(relationToChild, child.id()), PeopleAccessPolicy.mayRelate());
        guard.permit(UPDATE, relationRef(relationToChild, person.id()), PeopleAccessPolicy.mayRelate());
    }

    /**
     * The person page: identity, date of birth, age and relations. The persons listed as related are
     * shown too, so each of them is logged as read through the relation.
     */
    @Transactional
    PersonView read(PersonId id) {
        Person person = find(READ, id, PeopleAccessPolicy.mayRead());
        boolean hide = readGuarded(person, PeopleAccessPolicy.mayRead());
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
        return PersonView.of(person, related, LocalDate.now(clock), hide);
    }

    /** The person as the correction form starts from, without relations. */
    @Transactional
    PersonView readForCorrection(PersonId id) {
        Person person = find(READ, id, PeopleAccessPolicy.mayUpdate());
        boolean hide = readGuarded(person, PeopleAccessPolicy.mayUpdate());
        return PersonView.of(person, List.of(), LocalDate.now(clock), hide);
    }

    /**
     * Checks and logs a read of the person. A read of a protected person is flagged in the access log for
     * review, whoever reads; returns whether their contact details are to be hidden from this reader
     * (everyone but the case manager named on their case).
     */
    private boolean readGuarded(Person person, FunctionType... allowed) {
        if (!person.hasProtectedIdentity()) {
            guard.permit(READ, personRef(person.id()), allowed);
            return false;
        }
        FunctionType actingAs = guard.check(READ, personRef(person.id()), allowed);
        accessLog.recordFlagged(guard.actor(), actingAs, READ, personRef(person.id()), PROTECTED_FLAG);
        return !namedOnCase(person);
    }

    private boolean namedOnCase(Person person) {
        ProtectedIdentityAccess named = protectedAccess.getIfAvailable();
        return named != null
                && named.isNamedOnCaseOf(
                        person.municipalityId().value(),
                        person.id().value(),
                        guard.actor().staffId().value());
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
            throw InvalidInputException.of("version", "person.version-required");
        }
        if (person.version() != expectedVersion) {
            throw new ConcurrentEditException("person", id, expectedVersion);
        }
        Actor actor = guard.actor();
        LocalDate today = LocalDate.now(clock);
        var violations = new Violations();
        PersonName name = violations.collect(() -> new PersonName(input.givenNames(), input.familyName()));
        PersonalIdentityNumber number = PersonInput.number("personalNumber", input.personalNumber(), today, violations);
        LocalDate born = PersonInput.date("dateOfBirth", input.dateOfBirth(), violations);
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
        if (contact != null && !(person.hasProtectedIdentity() && !namedOnCase(person))) {
            // someone who may not see a protected person's contact details cannot change them either
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

    /** The checks before came first; a registration of the same number committed since is caught here. */
    private void insert(Actor actor, Person person) {
        if (!people.insert(person, actor.staffId(), now())) {
            person.number().ifPresent(number -> refuseDuplicate(actor, number, null));
            throw new IllegalStateException("person " + person.id() + " collided with a unique rule");
        }
    }

    private void insertRelation(Actor actor, PersonRelation relation) {
        if (!people.insertRelation(actor.municipalityId(), relation, actor.staffId(), now())) {
            throw new RuleViolationException("person.already-related", null, null);
        }
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
}
