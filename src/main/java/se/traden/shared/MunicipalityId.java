package se.traden.shared;

import java.util.Objects;
import java.util.UUID;

/** A municipality: the secrecy boundary nothing ever crosses. */
public record MunicipalityId(UUID value) {
    public MunicipalityId {
        Objects.requireNonNull(value, "municipality id");
    }

    public static MunicipalityId of(String value) {
        return new MunicipalityId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
