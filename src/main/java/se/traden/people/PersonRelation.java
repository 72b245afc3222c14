package se.traden.people;

import java.util.Objects;
import java.util.UUID;

/** One person's relation to one child: "{@code person} is the {@code type} of {@code child}". */
record PersonRelation(UUID id, PersonId child, PersonId person, RelationType type) {
    PersonRelation {
        Objects.requireNonNull(id, "relation id");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(type, "relation type");
    }
}
