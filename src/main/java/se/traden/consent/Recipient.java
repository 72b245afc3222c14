package se.traden.consent;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import se.traden.disclosure.Party;
import se.traden.disclosure.PartyKind;

/**
 * A recipient organisation a consent names: by name and by the kind of organisation it is. A ledger
 * party is this recipient when the kind is the same and the names are the same apart from case and
 * spacing ("Sjöskolan" and "sjöskolan " are one school; "Sjöskolan" and "Polisen" are not).
 */
public record Recipient(UUID id, String organisation, PartyKind kind) {
    static final int MAX_NAME = 200;

    public Recipient {
        Objects.requireNonNull(id, "recipient id");
        organisation = organisation == null ? null : organisation.strip();
    }

    public boolean is(Party party) {
        return party != null && party.kind() == kind && sameName(party.organisation(), organisation);
    }

    /** The key two mentions of one actor share, whether they come from a consent or the ledger. */
    public static String actorKey(String organisation, PartyKind kind) {
        return (kind == null ? "" : kind.name()) + "|" + fold(organisation);
    }

    static boolean sameName(String a, String b) {
        return a != null && b != null && fold(a).equals(fold(b));
    }

    private static String fold(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFC)
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
