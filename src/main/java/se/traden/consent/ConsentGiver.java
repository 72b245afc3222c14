package se.traden.consent;

import java.util.Objects;
import java.util.UUID;

/** One person who gave a consent, in the role they gave it in. */
public record ConsentGiver(UUID personId, GiverRole role) {
    public ConsentGiver {
        Objects.requireNonNull(personId, "giver");
        Objects.requireNonNull(role, "giver role");
    }
}
