package se.traden.authority;

/** The escalation forms as typed: opening, an outcome, or lifting to the next step. */
class EscalationForm {
    private String version;
    private String counterpart;
    private String question;
    private String outcome;
    private String settled;

    long versionOr(long fallback) {
        try {
            return version == null || version.isBlank() ? fallback : Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    Boolean settledAnswer() {
        return settled == null || settled.isBlank() ? null : Boolean.valueOf(settled.strip());
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getCounterpart() {
        return counterpart;
    }

    public void setCounterpart(String counterpart) {
        this.counterpart = counterpart;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getSettled() {
        return settled;
    }

    public void setSettled(String settled) {
        this.settled = settled;
    }
}
