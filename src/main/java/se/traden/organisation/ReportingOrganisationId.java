package se.traden.organisation;

import java.util.Objects;
import java.util.UUID;

/** Identifies a reporting organisation of a municipality. */
public record ReportingOrganisationId(UUID value) {
    public ReportingOrganisationId {
        Objects.requireNonNull(value, "reporting organisation id");
    }

    public static ReportingOrganisationId random() {
        return new ReportingOrganisationId(UUID.randomUUID());
    }

    public static ReportingOrganisationId of(String value) {
        return new ReportingOrganisationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
