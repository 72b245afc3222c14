package se.traden.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * When a legal basis fits a disclosure. One rule per provision, each with the reason a social worker
 * recognises. The policy checks the conditions that can be checked from the record; the judgement
 * itself (is there a risk, do overriding reasons speak against) stays with the person, who must
 * write it down where the provision requires an individual assessment.
 *
 * <ul>
 *   <li>every basis: in force on the day of the disclosure;
 *   <li>consent: a recorded consent must cover the disclosure;
 *   <li>OSL 10:2, 10:15 a, 10:27: a written balancing;
 *   <li>OSL 10:15 a and 10:27: the receiver is an authority; 10:15 a also needs a crime-preventing
 *       purpose;
 *   <li>OSL 10:18 a: from the social services to the police only, about a person under 21, with a
 *       crime-preventing purpose and a written balancing of the particular circumstances;
 *   <li>lag (2025:170): to the police, on their request.
 * </ul>
 */
public final class DisclosureBasisPolicy {
    public static final int AGE_LIMIT_18A = 21;

    public Verdict assess(DisclosureRequest r) {
        List<Verdict.Reason> refusals = new ArrayList<>();
        LegalBasis basis = r.basis();
        if (basis == null) {
            return new Verdict(List.of(Verdict.Reason.of("disclosure.basis-required")));
        }
        if (r.day() != null && !basis.inForceOn(r.day())) {
            refusals.add(Verdict.Reason.of("disclosure.basis-not-in-force", basis.inForceFrom()));
        }
        if (basis.requiresBalancing() && (r.balancing() == null || r.balancing().isBlank())) {
            refusals.add(Verdict.Reason.of("disclosure.balancing-required"));
        }
        switch (basis) {
            case CONSENT -> {
                if (!r.coveredByConsent()) {
                    refusals.add(Verdict.Reason.of("disclosure.consent-missing"));
                }
            }
            case OSL_10_15A -> {
                if (r.to() == null || !r.to().isAuthority()) {
                    refusals.add(Verdict.Reason.of("disclosure.recipient-not-authority"));
                }
                if (!r.crimePreventionPurpose()) {
                    refusals.add(Verdict.Reason.of("disclosure.15a-purpose"));
                }
            }
            case OSL_10_27 -> {
                if (r.to() == null || !r.to().isAuthority()) {
                    refusals.add(Verdict.Reason.of("disclosure.recipient-not-authority"));
                }
            }
            case OSL_10_18A -> {
                if (r.from() != PartyKind.SOCIAL_SERVICES) {
                    refusals.add(Verdict.Reason.of("disclosure.18a-only-social-services"));
                }
                if (r.to() != PartyKind.POLICE) {
                    refusals.add(Verdict.Reason.of("disclosure.18a-only-police"));
                }
                if (r.subjectAge() == null) {
                    refusals.add(Verdict.Reason.of("disclosure.18a-age-unknown"));
                } else if (r.subjectAge() >= AGE_LIMIT_18A) {
                    refusals.add(Verdict.Reason.of("disclosure.18a-age", r.subjectAge(), AGE_LIMIT_18A));
                }
                if (!r.crimePreventionPurpose()) {
                    refusals.add(Verdict.Reason.of("disclosure.18a-purpose"));
                }
            }
            case LAW_2025_170 -> {
                if (r.to() != PartyKind.POLICE) {
                    refusals.add(Verdict.Reason.of("disclosure.2025-170-only-law-enforcement"));
                }
                if (!r.requestedByRecipient()) {
                    refusals.add(Verdict.Reason.of("disclosure.2025-170-on-request"));
                }
            }
            case OSL_10_2, DE_IDENTIFIED -> {}
        }
        return new Verdict(refusals);
    }
}
