package se.traden.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import se.traden.disclosure.Direction;
import se.traden.disclosure.InformationCategory;
import se.traden.disclosure.LegalBasis;
import se.traden.disclosure.PartyKind;

/**
 * On what basis, if any, sharing with one actor of a case rests now: a consent that covers it (with
 * the categories it still covers), else the latest ledger entry with a secrecy-breaking basis for that
 * party — which says what was assessed last time; each new disclosure is assessed on its own — else
 * nothing.
 */
public record ActorBasis(
        String organisation,
        PartyKind kind,
        Kind basis,
        UUID consentId,
        LocalDate consentGivenOn,
        Set<InformationCategory> categories,
        LegalBasis legalBasis,
        Instant lastDisclosureAt,
        Direction lastDirection,
        UUID ledgerEntryId) {

    public enum Kind {
        CONSENT,
        LEDGER,
        NONE;

        public String messageKey() {
            return "consent.basis." + name();
        }
    }

    static ActorBasis byConsent(Recipient r, Consent c, Set<InformationCategory> categories) {
        return new ActorBasis(
                r.organisation(), r.kind(), Kind.CONSENT, c.id(), c.givenOn(), categories, null, null, null, null);
    }

    static ActorBasis none(String organisation, PartyKind kind) {
        return new ActorBasis(organisation, kind, Kind.NONE, null, null, Set.of(), null, null, null, null);
    }
}
