package se.traden.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Someone a person is related to, as listed on the person's page. {@code otherIsRelated} tells the
 * direction: true when the other is the relative (and the person looked at is the child), false when
 * the other is the child.
 */
record RelatedPerson(
        UUID relationId,
        RelationType relation,
        boolean otherIsRelated,
        PersonId personId,
        PersonKind kind,
        PersonName name,
        LocalDate dateOfBirth,
        boolean protectedIdentity) {}
