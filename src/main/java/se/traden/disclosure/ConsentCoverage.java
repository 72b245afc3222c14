package se.traden.disclosure;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import se.traden.shared.MunicipalityId;

/**
 * Whether a recorded consent covers a disclosure: given by the right person, for this information,
 * this recipient and purpose, on this day, and not withdrawn.
 *
 * <p>The hook for the consent module, which provides a bean of this type. Until one exists no
 * consent is recorded anywhere, so consent is never a basis that fits: the ledger refuses it with
 * {@code disclosure.consent-missing} rather than take a consent on someone's word.
 */
public interface ConsentCoverage {

    boolean covers(
            MunicipalityId municipality,
            UUID consentId,
            UUID personId,
            Party recipient,
            Set<InformationCategory> categories,
            LocalDate day);
}
