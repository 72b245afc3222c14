package se.traden.organisation;

import java.util.Objects;
import java.util.UUID;

/** Identifies one period in which a staff member holds a function. */
record AssignmentId(UUID value) {
    AssignmentId {
        Objects.requireNonNull(value, "assignment id");
    }

    static AssignmentId random() {
        return new AssignmentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
