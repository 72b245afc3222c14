package se.traden.collaboration;

import java.time.LocalDate;

/** The review form as typed. */
class ReviewForm {
    private String version;
    private String heldOn;
    private String invitedActors;
    private String whatWorked;
    private String doAgain;
    private String avoid;
    private String missedSignals;
    private String childView;
    private String familyView;
    private boolean viewsAgreed;

    static ReviewForm on(LocalDate today) {
        var form = new ReviewForm();
        form.heldOn = today.toString();
        return form;
    }

    static ReviewForm of(AfterActionReview r) {
        var form = new ReviewForm();
        form.version = String.valueOf(r.version());
        form.heldOn = r.heldOn().toString();
        form.invitedActors = r.invitedActors();
        form.whatWorked = r.whatWorked();
        form.doAgain = r.doAgain();
        form.avoid = r.avoid();
        form.missedSignals = r.missedSignals();
        form.childView = r.childView();
        form.familyView = r.familyView();
        form.viewsAgreed = r.viewsAgreed();
        return form;
    }

    AfterActionReview.Answers answers() {
        return new AfterActionReview.Answers(
                FormValues.date(heldOn),
                invitedActors,
                whatWorked,
                doAgain,
                avoid,
                missedSignals,
                childView,
                familyView,
                viewsAgreed);
    }

    long versionOr(long fallback) {
        try {
            return FormValues.blank(version) ? fallback : Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(String heldOn) {
        this.heldOn = heldOn;
    }

    public String getInvitedActors() {
        return invitedActors;
    }

    public void setInvitedActors(String invitedActors) {
        this.invitedActors = invitedActors;
    }

    public String getWhatWorked() {
        return whatWorked;
    }

    public void setWhatWorked(String whatWorked) {
        this.whatWorked = whatWorked;
    }

    public String getDoAgain() {
        return doAgain;
    }

    public void setDoAgain(String doAgain) {
        this.doAgain = doAgain;
    }

    public String getAvoid() {
        return avoid;
    }

    public void setAvoid(String avoid) {
        this.avoid = avoid;
    }

    public String getMissedSignals() {
        return missedSignals;
    }

    public void setMissedSignals(String missedSignals) {
        this.missedSignals = missedSignals;
    }

    public String getChildView() {
        return childView;
    }

    public void setChildView(String childView) {
        this.childView = childView;
    }

    public String getFamilyView() {
        return familyView;
    }

    public void setFamilyView(String familyView) {
        this.familyView = familyView;
    }

    public boolean isViewsAgreed() {
        return viewsAgreed;
    }

    public void setViewsAgreed(boolean viewsAgreed) {
        this.viewsAgreed = viewsAgreed;
    }
}
