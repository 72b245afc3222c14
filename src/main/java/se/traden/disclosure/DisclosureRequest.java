package se.traden.disclosure;

import java.time.LocalDate;

/**
 * What the policy needs to know about one intended or recorded disclosure: who gives, who receives,
 * on what basis, on what day, the age of the person it concerns, whether the receiver asked for it,
 * whether the purpose is crime prevention, whether a consent covers it, and the written balancing.
 */
public record DisclosureRequest(
        PartyKind from,
        PartyKind to,
        LegalBasis basis,
        LocalDate day,
        Integer subjectAge,
        boolean requestedByRecipient,
        boolean crimePreventionPurpose,
        boolean coveredByConsent,
        String balancing) {}
