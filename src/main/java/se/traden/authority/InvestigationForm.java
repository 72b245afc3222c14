package se.traden.authority;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The forms of the investigation pages as typed, one class for all of them: each page shows the fields
 * of its own command. A value that cannot be read counts as not given, and the rules say so.
 */
class InvestigationForm {
    private String version;
    private String diaryNumber;
    private String caseOfficerId;
    private String openedOn;
    private String status;
    private String statusOn;
    private String on;
    private String note;
    private String decidedOn;
    private String decision;
    private String givenOn;
    private String observations;
    private String needs;
    private String suggestions;

    static InvestigationForm today(LocalDate today) {
        var form = new InvestigationForm();
        form.openedOn = today.toString();
        form.on = today.toString();
        form.decidedOn = today.toString();
        form.givenOn = today.toString();
        return form;
    }

    Investigation.Link link() {
        return new Investigation.Link(diaryNumber, id(caseOfficerId), date(openedOn), status(status), date(statusOn));
    }

    Feedback.NewFeedback feedback() {
        return new Feedback.NewFeedback(date(givenOn), observations, needs, suggestions);
    }

    long versionOr(long current) {
        try {
            return version == null || version.isBlank() ? current : Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            return current;
        }
    }

    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static UUID id(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static InvestigationStatus status(String value) {
        try {
            return value == null || value.isBlank() ? null : InvestigationStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getDiaryNumber() {
        return diaryNumber;
    }

    public void setDiaryNumber(String diaryNumber) {
        this.diaryNumber = diaryNumber;
    }

    public String getCaseOfficerId() {
        return caseOfficerId;
    }

    public void setCaseOfficerId(String caseOfficerId) {
        this.caseOfficerId = caseOfficerId;
    }

    public String getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(String openedOn) {
        this.openedOn = openedOn;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getStatusOn() {
        return statusOn;
    }

    public void setStatusOn(String statusOn) {
        this.statusOn = statusOn;
    }

    public String getOn() {
        return on;
    }

    public void setOn(String on) {
        this.on = on;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(String decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(String givenOn) {
        this.givenOn = givenOn;
    }

    public String getObservations() {
        return observations;
    }

    public void setObservations(String observations) {
        this.observations = observations;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public String getSuggestions() {
        return suggestions;
    }

    public void setSuggestions(String suggestions) {
        this.suggestions = suggestions;
    }
}
