package se.traden.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.traden.disclosure.ConsentCoverage;
import se.traden.disclosure.InformationCategory;
import se.traden.disclosure.Party;
import se.traden.shared.MunicipalityId;

/**
 * The ledger's question answered from the recorded consents: a disclosure rests on consent only when
 * the consent it names is about the same person, names the recipient, covers every category, had been
 * given by that day and had not been withdrawn for it by then (a withdrawal counts for the whole day it
 * was made, see {@link Consent#coversOn}).
 */
@Component
class RecordedConsents implements ConsentCoverage {
    private final Consents consents;
    private final Clock clock;

    RecordedConsents(Consents consents, Clock clock) {
        this.consents = consents;
        this.clock = clock;
    }

    @Override
    public boolean covers(
            MunicipalityId municipality,
            UUID consentId,
            UUID personId,
            Party recipient,
            Set<InformationCategory> categories,
            LocalDate day) {
        if (municipality == null || consentId == null || personId == null || recipient == null || day == null) {
            return false;
        }
        return consents.find(municipality.value(), consentId)
                .filter(c -> c.personId().equals(personId))
                .map(c -> c.coversOn(recipient, categories == null ? Set.of() : categories, day, clock.getZone()))
                .orElse(false);
    }
}
