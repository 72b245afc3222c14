package se.traden.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * Which record an access concerns: its type (for example {@code person}), its id, and the person whose
 * data it is when there is one, so that the log can be searched by person.
 */
public record RecordRef(String type, String id, UUID personId) {
    public RecordRef {
        Objects.requireNonNull(type, "record type");
    }

    public static RecordRef of(String type, Object id) {
        return new RecordRef(type, id == null ? null : id.toString(), null);
    }

    public static RecordRef ofPerson(String type, Object id, UUID personId) {
        return new RecordRef(type, id == null ? null : id.toString(), personId);
    }
}
