package se.traden.people;

import static se.traden.shared.AccessAction.SEARCH;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.people.PeopleCommands.SearchPeople;
import se.traden.shared.AccessGuard;
import se.traden.shared.Actor;
import se.traden.shared.RecordRef;

/**
 * Finding persons in the municipality's register, by exact number or by name. A search is itself an
 * access: what it shows is logged person by person.
 */
@Service
class PeopleSearch {
    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;
    static final int MIN_NAME_QUERY = 2;

    private final PersonRepository people;
    private final AccessGuard guard;
    private final Clock clock;

    PeopleSearch(PersonRepository people, AccessGuard guard, Clock clock) {
        this.people = people;
        this.guard = guard;
        this.clock = clock;
    }

    /** Refuses (and logs) an actor whose function may not search; opening the empty form shows no data. */
    void checkMaySearch() {
        guard.check(SEARCH, RecordRef.of("person-search", null), PeopleAccessPolicy.maySearch());
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
        PersonalIdentityNumber number = numberText == null
                ? null
                : PersonInput.number("personalNumber", numberText, LocalDate.now(clock), violations);
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

    private static RecordRef personRef(PersonId id) {
        return RecordRef.ofPerson("person", id, id.value());
    }
}
