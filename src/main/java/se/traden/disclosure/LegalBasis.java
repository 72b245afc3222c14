package se.traden.disclosure;

import java.time.LocalDate;

/**
 * The legal bases a disclosure about an identified person can rest on. Each names the provision and
 * says whether a documented balancing is required and from which day it applies.
 */
public enum LegalBasis {
    /** The person concerned (or, for a child, the guardians and/or the child) has consented: OSL 12 kap. 2 §. */
    CONSENT(false, null),
    /** Necessary for the disclosing authority to carry out its own activity: OSL 10 kap. 2 §. */
    OSL_10_2(true, null),
    /** To prevent, hinder or detect criminal activity, unless overriding reasons speak against: OSL 10 kap. 15 a §. */
    OSL_10_15A(true, LocalDate.of(2025, 12, 1)),
    /** Social services to the police about a person under 21 at risk of criminal activity: OSL 10 kap. 18 a §. */
    OSL_10_18A(true, LocalDate.of(2013, 1, 1)),
    /** The general clause: the interest in disclosure obviously outweighs secrecy: OSL 10 kap. 27 §. */
    OSL_10_27(true, null),
    /** Duty to provide information to law enforcement authorities on their request: lag (2025:170). */
    LAW_2025_170(false, LocalDate.of(2025, 4, 1)),
    /** No person can be identified from what is shared: no secrecy-breaking basis is needed. */
    DE_IDENTIFIED(false, null);

    private final boolean requiresBalancing;
    private final LocalDate inForceFrom;

    LegalBasis(boolean requiresBalancing, LocalDate inForceFrom) {
        this.requiresBalancing = requiresBalancing;
        this.inForceFrom = inForceFrom;
    }

    /** Whether the provision asks for an individual assessment that must be written down. */
    public boolean requiresBalancing() {
        return requiresBalancing;
    }

    public boolean inForceOn(LocalDate day) {
        return inForceFrom == null || !day.isBefore(inForceFrom);
    }

    public LocalDate inForceFrom() {
        return inForceFrom;
    }

    public String messageKey() {
        return "legal-basis." + name();
    }
}
