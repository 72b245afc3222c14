package se.traden.disclosure;

import java.util.Objects;
import java.util.UUID;

/**
 * The matter a disclosure belongs to: a concern during early information gathering, later a case.
 * The reference is the one people use (such as {@code O-2026-00042}), kept so that the ledger can be
 * read without opening the matter.
 */
public record DisclosureContext(Kind kind, UUID id, String reference) {

    public enum Kind {
        CONCERN,
        CASE
    }

    public DisclosureContext {
        Objects.requireNonNull(kind, "context kind");
        Objects.requireNonNull(id, "context id");
    }

    public static DisclosureContext concern(UUID id, String reference) {
        return new DisclosureContext(Kind.CONCERN, id, reference);
    }

    public static DisclosureContext ofCase(UUID id, String reference) {
        return new DisclosureContext(Kind.CASE, id, reference);
    }
}
