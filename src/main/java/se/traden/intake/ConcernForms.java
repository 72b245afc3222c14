package se.traden.intake;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import se.traden.shared.InvalidInputException;

/**
 * What the concern pages' forms carry. Everything is kept as typed, so that a refused form comes back
 * exactly as the person left it; the concern's own rules decide what is wrong.
 */
final class ConcernForms {
    private ConcernForms() {}

    /**
     * The version the person started from: a form is refused when someone else changed the concern since. A
     * form may wait in the session (kept in PostgreSQL) for its review page, so forms are serializable.
     */
    static class Versioned implements Serializable {
        private static final long serialVersionUID = 1L;

        private Long version;

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        /** The fields in the order the page shows them, so that the error summary follows the page. */
        List<String> fieldOrder() {
            return List.of();
        }

        long version() {
            if (version == null) {
                throw InvalidInputException.of("version", "concern.version-required");
            }
            return version;
        }
    }

    static final class Triage extends Versioned {
        private String complexity;
        private String valuation;

        Complexity complexityValue() {
            return constant(Complexity.class, complexity);
        }

        public String getComplexity() {
            return complexity;
        }

        public void setComplexity(String complexity) {
            this.complexity = complexity;
        }

        public String getValuation() {
            return valuation;
        }

        public void setValuation(String valuation) {
            this.valuation = valuation;
        }
    }

    /** The registered person the concern is about, by id until the people module offers a search here. */
    static final class Identify extends Versioned {
        private String personId;

        UUID person() {
            if (personId == null || personId.isBlank()) {
                return null;
            }
            try {
                return UUID.fromString(personId.strip());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("personId", "concern.person-id-malformed");
            }
        }

        public String getPersonId() {
            return personId;
        }

        public void setPersonId(String personId) {
            this.personId = personId;
        }
    }

    static final class StartGathering extends Versioned {}

    static final class Conclusion extends Versioned {
        private String outcome;
        private String summary;

        Concern.GatheringOutcome outcomeValue() {
            return constant(Concern.GatheringOutcome.class, outcome);
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }
    }

    static final class Feedback extends Versioned {
        private String feedback;

        public String getFeedback() {
            return feedback;
        }

        public void setFeedback(String feedback) {
            this.feedback = feedback;
        }
    }

    static final class Assessment extends Versioned {
        static final List<String> FIELDS =
                List.of("participants", "immediateActions", "circleAndFormOfWork", "responsibilityAndMandate");

        private String participants;
        private String immediateActions;
        private String circleAndFormOfWork;
        private String responsibilityAndMandate;

        @Override
        List<String> fieldOrder() {
            return FIELDS;
        }

        public String getParticipants() {
            return participants;
        }

        public void setParticipants(String participants) {
            this.participants = participants;
        }

        public String getImmediateActions() {
            return immediateActions;
        }

        public void setImmediateActions(String immediateActions) {
            this.immediateActions = immediateActions;
        }

        public String getCircleAndFormOfWork() {
            return circleAndFormOfWork;
        }

        public void setCircleAndFormOfWork(String circleAndFormOfWork) {
            this.circleAndFormOfWork = circleAndFormOfWork;
        }

        public String getResponsibilityAndMandate() {
            return responsibilityAndMandate;
        }

        public void setResponsibilityAndMandate(String responsibilityAndMandate) {
            this.responsibilityAndMandate = responsibilityAndMandate;
        }
    }

    static final class HandOver extends Versioned {
        private String note;

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    static final class LineReturn extends Versioned {
        private String whatChanged;

        public String getWhatChanged() {
            return whatChanged;
        }

        public void setWhatChanged(String whatChanged) {
            this.whatChanged = whatChanged;
        }
    }

    static final class SimpleClosure extends Versioned {
        private String advice;

        public String getAdvice() {
            return advice;
        }

        public void setAdvice(String advice) {
            this.advice = advice;
        }
    }

    /** The refusal with its violations in the page's order of fields; any other field keeps its place after them. */
    static InvalidInputException inPageOrder(InvalidInputException e, List<String> fields) {
        return new InvalidInputException(e.violations().stream()
                .sorted(java.util.Comparator.comparingInt(v -> {
                    int index = fields.indexOf(v.field());
                    return index < 0 ? fields.size() : index;
                }))
                .toList());
    }

    /** A fresh form that starts from the concern as it is now. */
    static <T extends Versioned> T startingFrom(Concern concern, T form) {
        form.setVersion(concern.version());
        return form;
    }

    /** A value the page offered; anything else counts as not chosen, and the concern says what is missing. */
    static <E extends Enum<E>> E constant(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
