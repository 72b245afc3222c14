package se.traden.consent;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Recording and withdrawing consents, for callers in other modules (the demo generator): the same service
 * methods as the pages and the API, under the case's inner secrecy, with the same history lines and
 * access-log entries.
 */
@Component
public class ConsentCommands {
    private final ConsentService consents;

    ConsentCommands(ConsentService consents) {
        this.consents = consents;
    }

    public Consent record(UUID caseId, NewConsent consent) {
        return consents.record(caseId, consent).consent();
    }

    public Consent withdraw(UUID caseId, UUID consentId, long version, Consent.WithdrawalRequest request) {
        return consents.withdraw(caseId, consentId, version, request).consent();
    }
}
