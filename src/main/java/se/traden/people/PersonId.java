package se.traden.people;

import java.util.Objects;
import java.util.UUID;

/** A registered person (child, guardian or network person) in one municipality. */
public record PersonId(UUID value) {
    public PersonId {
        Objects.requireNonNull(value, "person id");
    }

    public static PersonId newId() {
        return new PersonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
