package se.traden.people;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The register's commands for callers in other modules (the demo generator): a child registered by
 * number, and a guardian related to a child. The same service methods as the pages and the API, under
 * the same access rules, with the same entries in the access log.
 */
@Component
public class PeopleRegistration {
    private final PeopleService people;

    PeopleRegistration(PeopleService people) {
        this.people = people;
    }

    /** Registers a child by personal identity number; returns the new person's id. */
    public UUID registerChild(String givenNames, String familyName, String personalNumber) {
        return people.registerChild(new PeopleCommands.RegisterChild(
                        givenNames, familyName, IdentityKind.PERSONAL_NUMBER.name(), personalNumber, null, null, false))
                .value();
    }

    /**
     * Registers a guardian of the child, by number or (when {@code personalNumber} is null) by name and
     * date of birth; returns the guardian's id.
     */
    public UUID registerGuardian(
            UUID child,
            String givenNames,
            String familyName,
            String personalNumber,
            LocalDate dateOfBirth,
            String phone,
            String address) {
        return people.registerRelated(
                        new PersonId(child),
                        new PeopleCommands.RegisterRelated(
                                RelationType.GUARDIAN.name(),
                                givenNames,
                                familyName,
                                personalNumber,
                                personalNumber == null && dateOfBirth != null ? dateOfBirth.toString() : null,
                                phone,
                                null,
                                address,
                                false))
                .value();
    }
}
