package se.traden.organisation;

import java.util.Objects;
import java.util.UUID;

/** Identifies a unit of a municipality. */
public record UnitId(UUID value) {
    public UnitId {
        Objects.requireNonNull(value, "unit id");
    }

    public static UnitId random() {
        return new UnitId(UUID.randomUUID());
    }

    public static UnitId of(String value) {
        return new UnitId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
