package se.traden.organisation;

import java.util.Objects;
import java.util.UUID;

/** Identifies a function of a municipality. */
public record FunctionId(UUID value) {
    public FunctionId {
        Objects.requireNonNull(value, "function id");
    }

    public static FunctionId random() {
        return new FunctionId(UUID.randomUUID());
    }

    public static FunctionId of(String value) {
        return new FunctionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
