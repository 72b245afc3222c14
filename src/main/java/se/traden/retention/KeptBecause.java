package se.traden.retention;

/** Why a record that is due by its rule's years is kept all the same. The first that applies is named. */
enum KeptBecause {
    /** A hold placed on one of its cases or concerns, for example during a legal matter. */
    HOLD,
    /** A placement outside the home is recorded on the child's case (SoL: not thinned). */
    PLACEMENT,
    /** The child is born on the 5th, 15th or 25th: the research sample, kept for research. */
    RESEARCH_SAMPLE,
    /** The child has not yet reached the rule's age. */
    AGE
}
