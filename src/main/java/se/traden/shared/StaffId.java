package se.traden.shared;

import java.util.Objects;
import java.util.UUID;

/** A staff member: a person who can log in and hold functions. */
public record StaffId(UUID value) {
    public StaffId {
        Objects.requireNonNull(value, "staff id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
