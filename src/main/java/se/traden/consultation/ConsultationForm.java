package se.traden.consultation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.traden.intake.ProblemArea;

/** The consultation form as typed. A value that cannot be read counts as not given. */
class ConsultationForm {
    private String heldOn;
    private String askerKind;
    private String askerFunction;
    private List<String> problemAreas = new ArrayList<>();
    private String situation;
    private String advice;
    private String mayLeadToConcern;

    static ConsultationForm startingOn(LocalDate today) {
        var form = new ConsultationForm();
        form.heldOn = today.toString();
        return form;
    }

    ConsultationService.RecordConsultation toCommand() {
        return new ConsultationService.RecordConsultation(
                date(heldOn),
                kind(askerKind),
                askerFunction,
                areas(problemAreas),
                situation,
                advice,
                mayLeadToConcern == null || mayLeadToConcern.isBlank() ? null : Boolean.valueOf(mayLeadToConcern));
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static AskerKind kind(String value) {
        try {
            return value == null || value.isBlank() ? null : AskerKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Set<ProblemArea> areas(List<String> values) {
        Set<ProblemArea> areas = EnumSet.noneOf(ProblemArea.class);
        if (values != null) {
            for (String value : values) {
                try {
                    areas.add(ProblemArea.valueOf(value));
                } catch (IllegalArgumentException e) {
                    // a value the form never offers: ignored, so an empty choice is reported as missing
                }
            }
        }
        return areas;
    }

    public String getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(String heldOn) {
        this.heldOn = heldOn;
    }

    public String getAskerKind() {
        return askerKind;
    }

    public void setAskerKind(String askerKind) {
        this.askerKind = askerKind;
    }

    public String getAskerFunction() {
        return askerFunction;
    }

    public void setAskerFunction(String askerFunction) {
        this.askerFunction = askerFunction;
    }

    public List<String> getProblemAreas() {
        return problemAreas;
    }

    public void setProblemAreas(List<String> problemAreas) {
        this.problemAreas = problemAreas;
    }

    public String getSituation() {
        return situation;
    }

    public void setSituation(String situation) {
        this.situation = situation;
    }

    public String getAdvice() {
        return advice;
    }

    public void setAdvice(String advice) {
        this.advice = advice;
    }

    public String getMayLeadToConcern() {
        return mayLeadToConcern;
    }

    public void setMayLeadToConcern(String mayLeadToConcern) {
        this.mayLeadToConcern = mayLeadToConcern;
    }
}
