package se.traden.intake;

import java.util.UUID;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;

/**
 * The decision: to activate with a case manager, or to leave the matter with the line. Each choice
 * has its own reason field, so that the two forms on the page never share what was typed.
 */
final class DecisionForm extends ConcernForms.Versioned {
    static final String ACTIVATE = "ACTIVATE";
    static final String LINE = "LINE";

    private String choice;
    private String caseManagerId;
    private String activationReason;
    private String receivingUnit;
    private String advice;
    private String lineReason;

    public boolean activates() {
        return ACTIVATE.equals(choice);
    }

    public boolean leavesWithLine() {
        return LINE.equals(choice);
    }

    UUID caseManager() {
        try {
            return caseManagerId == null || caseManagerId.isBlank() ? null : UUID.fromString(caseManagerId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The concern names the reason {@code reason}; on the page it is the reason of the chosen option. */
    InvalidInputException onThisForm(InvalidInputException e) {
        String reasonField = activates() ? "activationReason" : "lineReason";
        return new InvalidInputException(e.violations().stream()
                .map(v -> "reason".equals(v.field()) ? new FieldViolation(reasonField, v.code(), v.arguments()) : v)
                .toList());
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public String getCaseManagerId() {
        return caseManagerId;
    }

    public void setCaseManagerId(String caseManagerId) {
        this.caseManagerId = caseManagerId;
    }

    public String getActivationReason() {
        return activationReason;
    }

    public void setActivationReason(String activationReason) {
        this.activationReason = activationReason;
    }

    public String getReceivingUnit() {
        return receivingUnit;
    }

    public void setReceivingUnit(String receivingUnit) {
        this.receivingUnit = receivingUnit;
    }

    public String getAdvice() {
        return advice;
    }

    public void setAdvice(String advice) {
        this.advice = advice;
    }

    public String getLineReason() {
        return lineReason;
    }

    public void setLineReason(String lineReason) {
        this.lineReason = lineReason;
    }
}
