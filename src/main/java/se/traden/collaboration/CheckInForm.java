package se.traden.collaboration;

import java.time.LocalDate;

/** The check-in form as typed. */
class CheckInForm {
    private String heldOn;
    private String riskAndNeeds;
    private String newActors;
    private String familyResources;
    private String workloadManageable;
    private String workloadNote;
    private String obstacles;

    static CheckInForm on(LocalDate today) {
        var form = new CheckInForm();
        form.heldOn = today.toString();
        return form;
    }

    CheckIn.NewCheckIn toInput() {
        return new CheckIn.NewCheckIn(
                FormValues.date(heldOn),
                riskAndNeeds,
                newActors,
                familyResources,
                FormValues.yesNo(workloadManageable),
                workloadNote,
                obstacles);
    }

    public String getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(String heldOn) {
        this.heldOn = heldOn;
    }

    public String getRiskAndNeeds() {
        return riskAndNeeds;
    }

    public void setRiskAndNeeds(String riskAndNeeds) {
        this.riskAndNeeds = riskAndNeeds;
    }

    public String getNewActors() {
        return newActors;
    }

    public void setNewActors(String newActors) {
        this.newActors = newActors;
    }

    public String getFamilyResources() {
        return familyResources;
    }

    public void setFamilyResources(String familyResources) {
        this.familyResources = familyResources;
    }

    public String getWorkloadManageable() {
        return workloadManageable;
    }

    public void setWorkloadManageable(String workloadManageable) {
        this.workloadManageable = workloadManageable;
    }

    public String getWorkloadNote() {
        return workloadNote;
    }

    public void setWorkloadNote(String workloadNote) {
        this.workloadNote = workloadNote;
    }

    public String getObstacles() {
        return obstacles;
    }

    public void setObstacles(String obstacles) {
        this.obstacles = obstacles;
    }
}
