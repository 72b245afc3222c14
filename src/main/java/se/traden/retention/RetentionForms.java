package se.traden.retention;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;

/** The forms of the retention pages, as sent: every value a string, read and checked when submitted. */
final class RetentionForms {
    private RetentionForms() {}

    /** A rule as the administrator edits it. */
    static final class RuleForm {
        private String enabled;
        private String yearsAfterLastEntry;
        private String keepUntilAge;
        private String keepResearchSample;
        private String version;

        static RuleForm of(RetentionRule rule) {
            RuleForm form = new RuleForm();
            form.enabled = String.valueOf(rule.enabled());
            form.yearsAfterLastEntry = String.valueOf(rule.yearsAfterLastEntry());
            form.keepUntilAge = rule.keepUntilAge() == null ? "" : String.valueOf(rule.keepUntilAge());
            form.keepResearchSample = String.valueOf(rule.keepResearchSample());
            form.version = String.valueOf(rule.version());
            return form;
        }

        /** The change asked for; a number that cannot be read is refused on its field. */
        RetentionRule.Change change() {
            List<FieldViolation> violations = new ArrayList<>();
            Integer years = number("yearsAfterLastEntry", yearsAfterLastEntry, violations);
            Integer age = number("keepUntilAge", keepUntilAge, violations);
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            return new RetentionRule.Change(
                    blank(enabled) ? null : Boolean.valueOf(enabled.strip()),
                    years,
                    age,
                    !blank(keepResearchSample) && Boolean.parseBoolean(keepResearchSample.strip()));
        }

        long expectedVersion() {
            try {
                return blank(version) ? -1 : Long.parseLong(version.strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        public String getEnabled() {
            return enabled;
        }

        public void setEnabled(String enabled) {
            this.enabled = enabled;
        }

        public String getYearsAfterLastEntry() {
            return yearsAfterLastEntry;
        }

        public void setYearsAfterLastEntry(String yearsAfterLastEntry) {
            this.yearsAfterLastEntry = yearsAfterLastEntry;
        }

        public String getKeepUntilAge() {
            return keepUntilAge;
        }

        public void setKeepUntilAge(String keepUntilAge) {
            this.keepUntilAge = keepUntilAge;
        }

        public String getKeepResearchSample() {
            return keepResearchSample;
        }

        public void setKeepResearchSample(String keepResearchSample) {
            this.keepResearchSample = keepResearchSample;
        }

        public String getVersion() {
            return version;
        }

        public void setVersion(String version) {
            this.version = version;
        }
    }

    /** A hold as it is placed: the kind of record, its number and the reason. */
    static final class HoldForm {
        private String recordType;
        private String reference;
        private String reason;

        Hold.Request request() {
            Hold.HeldRecord type;
            try {
                type = blank(recordType) ? null : Hold.HeldRecord.valueOf(recordType.strip());
            } catch (IllegalArgumentException e) {
                type = null;
            }
            return new Hold.Request(type, reference, reason);
        }

        public String getRecordType() {
            return recordType;
        }

        public void setRecordType(String recordType) {
            this.recordType = recordType;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** The day a dry run judges against. */
    static final class DryRunForm {
        private String asOf;

        LocalDate day() {
            if (blank(asOf)) {
                return null;
            }
            try {
                return LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of("asOf", "malformed");
            }
        }

        public String getAsOf() {
            return asOf;
        }

        public void setAsOf(String asOf) {
            this.asOf = asOf;
        }
    }

    private static Integer number(String field, String value, List<FieldViolation> violations) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            violations.add(FieldViolation.of(field, "retention.whole-number"));
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
