package se.traden.quality;

import se.traden.shared.FunctionType;

/** The risk form as typed, for identifying a risk and for reassessing it. */
class RiskForm {
    private String version;
    private String title;
    private String description;
    private String processStep;
    private String likelihood;
    private String consequence;
    private String measures;
    private String owner;
    private String reviewOn;
    private String status;

    static RiskForm of(OperationalRisk r) {
        var form = new RiskForm();
        form.version = String.valueOf(r.version());
        form.title = r.title();
        form.description = r.description();
        form.processStep = r.processStep().name();
        form.likelihood = String.valueOf(r.likelihood());
        form.consequence = String.valueOf(r.consequence());
        form.measures = r.measures();
        form.owner = r.owner().name();
        form.reviewOn = r.reviewOn().toString();
        form.status = r.status().name();
        return form;
    }

    static RiskForm fresh() {
        var form = new RiskForm();
        form.status = RiskStatus.OPEN.name();
        return form;
    }

    OperationalRisk.Assessment assessment() {
        return new OperationalRisk.Assessment(
                title,
                description,
                FormValues.choice(ProcessStep.class, processStep),
                FormValues.number(likelihood),
                FormValues.number(consequence),
                measures,
                FormValues.choice(FunctionType.class, owner),
                FormValues.date(reviewOn),
                FormValues.choice(RiskStatus.class, status));
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getProcessStep() {
        return processStep;
    }

    public void setProcessStep(String processStep) {
        this.processStep = processStep;
    }

    public String getLikelihood() {
        return likelihood;
    }

    public void setLikelihood(String likelihood) {
        this.likelihood = likelihood;
    }

    public String getConsequence() {
        return consequence;
    }

    public void setConsequence(String consequence) {
        this.consequence = consequence;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(String reviewOn) {
        this.reviewOn = reviewOn;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
