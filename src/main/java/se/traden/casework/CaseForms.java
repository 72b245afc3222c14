package se.traden.casework;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;

/**
 * What the case pages' forms carry. Everything is kept as typed, so that a refused form comes back as
 * the person left it; the case's own rules decide what is wrong.
 */
final class CaseForms {
    private CaseForms() {}

    /**
     * The version the person started from: a form is refused when someone else changed the case since. A
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

        long version() {
            if (version == null) {
                throw InvalidInputException.of("version", "case.version-required");
            }
            return version;
        }
    }

    /** A form with a reason, as most steps of a case have. */
    static class WithReason extends Versioned {
        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    static final class PhaseForm extends WithReason {
        private String phase;

        Phase phaseValue() {
            return constant(Phase.class, phase, "phase");
        }

        public String getPhase() {
            return phase;
        }

        public void setPhase(String phase) {
            this.phase = phase;
        }
    }

    static final class IntensityForm extends WithReason {
        private Boolean intensive;

        boolean intensiveValue() {
            if (intensive == null) {
                throw InvalidInputException.of("intensive", "required");
            }
            return intensive;
        }

        public Boolean getIntensive() {
            return intensive;
        }

        public void setIntensive(Boolean intensive) {
            this.intensive = intensive;
        }
    }

    static final class ClosureForm extends WithReason {
        private String maintainUntil;

        LocalDate maintainUntilValue() {
            return date(maintainUntil, "maintainUntil");
        }

        public String getMaintainUntil() {
            return maintainUntil;
        }

        public void setMaintainUntil(String maintainUntil) {
            this.maintainUntil = maintainUntil;
        }

        /** Whether the case manager stays as a maintaining contact. */
        public boolean maintains() {
            return maintainUntil != null && !maintainUntil.isBlank();
        }
    }

    static final class EndMaintenanceForm extends WithReason {}

    static final class ReassignForm extends WithReason {
        private String caseManagerId;

        UUID caseManager() {
            return uuid(caseManagerId, "caseManagerId");
        }

        public String getCaseManagerId() {
            return caseManagerId;
        }

        public void setCaseManagerId(String caseManagerId) {
            this.caseManagerId = caseManagerId;
        }
    }

    static final class FollowUpForm {
        private String dueOn;
        private String what;

        LocalDate dueOnValue() {
            return date(dueOn, "dueOn");
        }

        public String getDueOn() {
            return dueOn;
        }

        public void setDueOn(String dueOn) {
            this.dueOn = dueOn;
        }

        public String getWhat() {
            return what;
        }

        public void setWhat(String what) {
            this.what = what;
        }
    }

    static final class FollowUpDoneForm extends Versioned {
        private String note;

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    static final class TransitionForm {
        private String kind;
        private String occursOn;
        private String ownerStaffId;
        private String ownerOrganisation;
        private String note;
        private String homeComingPlan;

        /** The input as the service takes it; a malformed value is named with the others' rules. */
        TransitionService.NewTransition input() {
            return new TransitionService.NewTransition(
                    constant(TransitionKind.class, kind, "kind"),
                    date(occursOn, "occursOn"),
                    uuid(ownerStaffId, "ownerStaffId"),
                    ownerOrganisation,
                    note,
                    homeComingPlan);
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getOccursOn() {
            return occursOn;
        }

        public void setOccursOn(String occursOn) {
            this.occursOn = occursOn;
        }

        public String getOwnerStaffId() {
            return ownerStaffId;
        }

        public void setOwnerStaffId(String ownerStaffId) {
            this.ownerStaffId = ownerStaffId;
        }

        public String getOwnerOrganisation() {
            return ownerOrganisation;
        }

        public void setOwnerOrganisation(String ownerOrganisation) {
            this.ownerOrganisation = ownerOrganisation;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public String getHomeComingPlan() {
            return homeComingPlan;
        }

        public void setHomeComingPlan(String homeComingPlan) {
            this.homeComingPlan = homeComingPlan;
        }
    }

    static final class ReengageForm {
        private String concernId;
        private Long concernVersion;
        private Long version;
        private String worry;

        UUID concern() {
            return uuid(concernId, "concernId");
        }

        public String getConcernId() {
            return concernId;
        }

        public void setConcernId(String concernId) {
            this.concernId = concernId;
        }

        public Long getConcernVersion() {
            return concernVersion;
        }

        public void setConcernVersion(Long concernVersion) {
            this.concernVersion = concernVersion;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getWorry() {
            return worry;
        }

        public void setWorry(String worry) {
            this.worry = worry;
        }
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "case.date-malformed");
        }
    }

    static UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "case.choice-unknown");
        }
    }

    /** A value that should be an id, or null when it is not one (a detail written by another module). */
    static UUID uuidOrNull(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E constant(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "case.choice-unknown");
        }
    }

    /** The violations in the order the form shows its fields, so that the error summary follows the page. */
    static InvalidInputException inOrder(InvalidInputException e, List<String> order) {
        List<FieldViolation> sorted = e.violations().stream()
                .sorted(java.util.Comparator.comparingInt(v -> {
                    int i = order.indexOf(v.field());
                    return i < 0 ? order.size() : i;
                }))
                .toList();
        return new InvalidInputException(sorted);
    }
}
