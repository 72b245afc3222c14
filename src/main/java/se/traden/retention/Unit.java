package se.traden.retention;

import java.util.List;
import java.util.UUID;

/**
 * The records thinned together: a child's cases, concerns and the child (a personal record is thinned
 * whole), or one unidentified concern, or one consultation. The persons are those whose own entries
 * count toward the last entry; relatives are added when the unit is thinned.
 */
record Unit(List<UUID> cases, List<UUID> concerns, List<UUID> persons, List<UUID> consultations) {
    /** Stands in for an empty list in {@code in (...)}: no record has this id. */
    static final UUID NONE = new UUID(0, 0);

    Unit {
        cases = List.copyOf(cases);
        concerns = List.copyOf(concerns);
        persons = List.copyOf(persons);
        consultations = List.copyOf(consultations);
    }

    static Unit ofConcern(UUID concern) {
        return new Unit(List.of(), List.of(concern), List.of(), List.of());
    }

    static Unit ofConsultation(UUID consultation) {
        return new Unit(List.of(), List.of(), List.of(), List.of(consultation));
    }

    static List<UUID> orNone(List<UUID> ids) {
        return ids.isEmpty() ? List.of(NONE) : ids;
    }
}
