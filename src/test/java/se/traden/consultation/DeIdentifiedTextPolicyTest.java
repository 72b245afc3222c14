package se.traden.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What counts as a personal identity number in a text that must identify nobody. */
class DeIdentifiedTextPolicyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Pojken 120512-1234 har hög frånvaro",
                "född 120512+1234",
                "Nummer 120512 1234 enligt mentorn",
                "20120512-1234",
                "Eleven, 201205121234, har slutat komma",
                "samordningsnummer 120572-1234",
                "personnummer:121212-1212.",
                // ten digits together pass only when the check digit holds: this one does
                "1212121212"
            })
    void refusesWhatLooksLikeAPersonalIdentityNumber(String text) {
        assertThat(DeIdentifiedTextPolicy.containsIdentityNumber(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "En flicka i åk 8 med hög frånvaro sedan hösten",
                "Mötet hölls 2025-05-12 kl 13.00",
                "Ring elevhälsan på 070-123 45 67",
                "Ring 0701234567",
                "Diarienummer 2024-1234",
                "Beloppet var 1 200 kronor",
                "Datum 121312-1234 har ingen trettonde månad",
                "Klass 9B, tre händelser sedan 20250101"
            })
    void letsOrdinaryTextThrough(String text) {
        assertThat(DeIdentifiedTextPolicy.containsIdentityNumber(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1212121212", "8112189876"})
    void theCheckDigitHoldsForValidNumbers(String number) {
        assertThat(DeIdentifiedTextPolicy.luhn(number)).isTrue();
    }
}
