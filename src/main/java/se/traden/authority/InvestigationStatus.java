package se.traden.authority;

/**
 * Where the social-services investigation stands. It moves forward only; both closing states end it.
 * A decided investigation, and one closed with an intervention, mean the child has an intervention
 * besides the case manager.
 */
public enum InvestigationStatus {
    OPENED(0),
    ONGOING(1),
    DECIDED(2),
    CLOSED_WITHOUT_INTERVENTION(3),
    CLOSED_WITH_INTERVENTION(3);

    private final int stage;

    InvestigationStatus(int stage) {
        this.stage = stage;
    }

    public boolean closed() {
        return stage == 3;
    }

    public boolean withIntervention() {
        return this == DECIDED || this == CLOSED_WITH_INTERVENTION;
    }

    /** Forward only: a later stage, never back, and nothing after closing. */
    boolean mayMoveTo(InvestigationStatus to) {
        return !closed() && to.stage > stage;
    }

    public String messageKey() {
        return "investigation.status." + name();
    }
}
