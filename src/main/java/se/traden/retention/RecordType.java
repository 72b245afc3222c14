package se.traden.retention;

/**
 * The kinds of record a retention rule governs, each with its documented default (see
 * docs/decisions/0100-retention.md for the reasoning). A municipality's own archive rules
 * (dokumenthanteringsplan) decide; the defaults are deliberately on the side of keeping.
 */
enum RecordType {
    /**
     * A child's file with at least one case, every case closed and no concern open: the cases with all
     * their parts, the child's concerns and the child, thinned together like one personal record.
     */
    CLOSED_CASE(5, 30, true, true, true),
    /** A child's file of concerns only (left with the line or closed as simple), none open. */
    DECIDED_CONCERN(5, 30, true, true, true),
    /** A decided concern whose child was never identified. Its age floor reads the birth year, if given. */
    UNIDENTIFIED_CONCERN(5, 30, false, true, false),
    /** Advice that identifies nobody; its texts may still describe a situation. */
    CONSULTATION(5, null, false, false, false),
    /** Reminders of deadlines and follow-ups that have been settled: no personal data, deleted. */
    SETTLED_REMINDER(1, null, false, false, false);

    private final int defaultYears;
    private final Integer defaultKeepUntilAge;
    private final boolean defaultResearchSample;
    private final boolean ageApplies;
    private final boolean researchSampleApplies;

    RecordType(
            int defaultYears,
            Integer defaultKeepUntilAge,
            boolean defaultResearchSample,
            boolean ageApplies,
            boolean researchSampleApplies) {
        this.defaultYears = defaultYears;
        this.defaultKeepUntilAge = defaultKeepUntilAge;
        this.defaultResearchSample = defaultResearchSample;
        this.ageApplies = ageApplies;
        this.researchSampleApplies = researchSampleApplies;
    }

    int defaultYears() {
        return defaultYears;
    }

    Integer defaultKeepUntilAge() {
        return defaultKeepUntilAge;
    }

    boolean defaultResearchSample() {
        return defaultResearchSample;
    }

    /** Whether the rule may keep records until the child has reached an age. */
    public boolean ageApplies() {
        return ageApplies;
    }

    /** Whether the rule may keep the files of children born on the 5th, 15th and 25th. */
    public boolean researchSampleApplies() {
        return researchSampleApplies;
    }

    public String messageKey() {
        return "retention.type." + name();
    }

    public String descriptionKey() {
        return "retention.type." + name() + ".description";
    }
}
