package se.traden.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.traden.shared.FieldViolation;

/**
 * A consent is never a blanket waiver of secrecy (OSL 12 kap. 2 §; JO on general consent forms). It
 * says which information may be shared, with which named organisations, for what purpose, when, and
 * how it was given.
 *
 * <ul>
 *   <li>at least one recipient organisation, each named and of a known kind ({@code
 *       consent.recipients-required});
 *   <li>at least one category of information ({@code consent.categories-required});
 *   <li>a purpose in words ({@code consent.purpose-required});
 *   <li>the day it was given, not ahead of today ({@code consent.given-in-future});
 *   <li>how it was given; an oral consent names who noted it ({@code consent.oral-noted-by-required}).
 * </ul>
 */
public final class ConsentScopePolicy {
    static final int MAX_PURPOSE = 2000;
    static final int MAX_NOTED_BY = 200;

    public Ruling assess(NewConsent consent, LocalDate today) {
        List<FieldViolation> reasons = new ArrayList<>();
        if (consent.recipients().isEmpty()) {
            reasons.add(FieldViolation.of("recipients", "consent.recipients-required"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < consent.recipients().size(); i++) {
            var r = consent.recipients().get(i);
            String name = r.organisation() == null ? "" : r.organisation().strip();
            if (name.isEmpty()) {
                reasons.add(FieldViolation.of("recipients[" + i + "].organisation", "consent.recipient-name-required"));
            } else if (name.length() > Recipient.MAX_NAME) {
                reasons.add(FieldViolation.of("recipients[" + i + "].organisation", "too-long", Recipient.MAX_NAME));
            }
            if (r.kind() == null) {
                reasons.add(FieldViolation.of("recipients[" + i + "].kind", "consent.recipient-kind-required"));
            }
            if (!name.isEmpty() && r.kind() != null && !seen.add(Recipient.actorKey(name, r.kind()))) {
                reasons.add(FieldViolation.of("recipients[" + i + "].organisation", "consent.recipient-twice"));
            }
        }
        if (consent.categories().isEmpty()) {
            reasons.add(FieldViolation.of("categories", "consent.categories-required"));
        }
        if (consent.purpose() == null || consent.purpose().isEmpty()) {
            reasons.add(FieldViolation.of("purpose", "consent.purpose-required"));
        } else if (consent.purpose().length() > MAX_PURPOSE) {
            reasons.add(FieldViolation.of("purpose", "too-long", MAX_PURPOSE));
        }
        if (consent.givenOn() == null) {
            reasons.add(FieldViolation.of("givenOn", "required"));
        } else if (consent.givenOn().isAfter(today)) {
            reasons.add(FieldViolation.of("givenOn", "consent.given-in-future"));
        }
        if (consent.method() == null) {
            reasons.add(FieldViolation.of("method", "consent.method-required"));
        } else if (consent.method() == ConsentMethod.ORAL && consent.notedBy() == null) {
            reasons.add(FieldViolation.of("notedBy", "consent.oral-noted-by-required"));
        }
        if (consent.notedBy() != null && consent.notedBy().length() > MAX_NOTED_BY) {
            reasons.add(FieldViolation.of("notedBy", "too-long", MAX_NOTED_BY));
        }
        return new Ruling(reasons);
    }
}
