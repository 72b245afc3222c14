package se.traden.intake;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A new concern, as a reporter fills it in. */
final class NewConcernForm {
    static final List<String> FIELDS = List.of(
            "subjectName",
            "subjectPersonalNumber",
            "subjectBirthYear",
            "subjectSchool",
            "worry",
            "problemAreas",
            "urgent",
            "mandatoryReport",
            "mandatoryReportReason",
            "reporterOrganisation",
            "reporterFunction",
            "reporterName",
            "reporterContact");

    private String subjectName;
    private String subjectPersonalNumber;
    private String subjectBirthYear;
    private String subjectSchool;
    private String worry;
    private List<String> problemAreas = new ArrayList<>();
    private String urgent = "false";
    private String mandatoryReport;
    private String mandatoryReportReason;
    private String reporterOrganisation;
    private String reporterFunction;
    private String reporterName;
    private String reporterContact;

    static NewConcernForm of(ConcernService.RaiseConcern draft) {
        var form = new NewConcernForm();
        form.reporterName = draft.reporterName();
        form.reporterOrganisation = draft.reporterOrganisation();
        form.reporterFunction = draft.reporterFunction();
        return form;
    }

    ConcernService.RaiseConcern command() {
        Set<ProblemArea> areas = EnumSet.noneOf(ProblemArea.class);
        for (String area : problemAreas == null ? List.<String>of() : problemAreas) {
            ProblemArea known = ConcernForms.constant(ProblemArea.class, area);
            if (known != null) {
                areas.add(known);
            }
        }
        return new ConcernService.RaiseConcern(
                subjectName,
                subjectPersonalNumber,
                year(subjectBirthYear),
                subjectSchool,
                worry,
                areas,
                "true".equals(urgent),
                ConcernForms.constant(MandatoryReport.class, mandatoryReport),
                mandatoryReportReason,
                reporterOrganisation,
                reporterFunction,
                reporterName,
                reporterContact);
    }

    private static Integer year(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getSubjectName() {
        return subjectName;
    }

    public void setSubjectName(String subjectName) {
        this.subjectName = subjectName;
    }

    public String getSubjectPersonalNumber() {
        return subjectPersonalNumber;
    }

    public void setSubjectPersonalNumber(String subjectPersonalNumber) {
        this.subjectPersonalNumber = subjectPersonalNumber;
    }

    public String getSubjectBirthYear() {
        return subjectBirthYear;
    }

    public void setSubjectBirthYear(String subjectBirthYear) {
        this.subjectBirthYear = subjectBirthYear;
    }

    public String getSubjectSchool() {
        return subjectSchool;
    }

    public void setSubjectSchool(String subjectSchool) {
        this.subjectSchool = subjectSchool;
    }

    public String getWorry() {
        return worry;
    }

    public void setWorry(String worry) {
        this.worry = worry;
    }

    public List<String> getProblemAreas() {
        return problemAreas;
    }

    public void setProblemAreas(List<String> problemAreas) {
        this.problemAreas = problemAreas;
    }

    public String getUrgent() {
        return urgent;
    }

    public void setUrgent(String urgent) {
        this.urgent = urgent;
    }

    public String getMandatoryReport() {
        return mandatoryReport;
    }

    public void setMandatoryReport(String mandatoryReport) {
        this.mandatoryReport = mandatoryReport;
    }

    public String getMandatoryReportReason() {
        return mandatoryReportReason;
    }

    public void setMandatoryReportReason(String mandatoryReportReason) {
        this.mandatoryReportReason = mandatoryReportReason;
    }

    public String getReporterOrganisation() {
        return reporterOrganisation;
    }

    public void setReporterOrganisation(String reporterOrganisation) {
        this.reporterOrganisation = reporterOrganisation;
    }

    public String getReporterFunction() {
        return reporterFunction;
    }

    public void setReporterFunction(String reporterFunction) {
        this.reporterFunction = reporterFunction;
    }

    public String getReporterName() {
        return reporterName;
    }

    public void setReporterName(String reporterName) {
        this.reporterName = reporterName;
    }

    public String getReporterContact() {
        return reporterContact;
    }

    public void setReporterContact(String reporterContact) {
        this.reporterContact = reporterContact;
    }
}
