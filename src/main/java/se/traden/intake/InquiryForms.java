package se.traden.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.validation.BindingResult;
import se.traden.disclosure.InformationCategory;
import se.traden.disclosure.LegalBasis;
import se.traden.disclosure.PartyKind;

/**
 * The two forms of the inquiry page as typed: text, so that a malformed value is shown back with its
 * error instead of being lost.
 */
final class InquiryForms {
    private InquiryForms() {}

    /** A new question. */
    static class QuestionForm {
        private Long version;
        private String actorOrganisation;
        private String actorKind;
        private String actorFunction;
        private String question;
        private String askedAt;
        private String basis;
        private String balancing;
        private List<String> categories = new ArrayList<>();
        private boolean crimePreventionPurpose;
        private String subjectDateOfBirth;

        InquiryService.Ask toAsk(ZoneId zone, BindingResult errors) {
            return new InquiryService.Ask(
                    actorOrganisation,
                    parse(PartyKind.class, actorKind, "actorKind", errors),
                    actorFunction,
                    question,
                    time(askedAt, "askedAt", zone, errors),
                    parse(LegalBasis.class, basis, "basis", errors),
                    balancing,
                    categories(categories, errors),
                    crimePreventionPurpose,
                    null,
                    date(subjectDateOfBirth, "subjectDateOfBirth", errors),
                    null);
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getActorOrganisation() {
            return actorOrganisation;
        }

        public void setActorOrganisation(String actorOrganisation) {
            this.actorOrganisation = actorOrganisation;
        }

        public String getActorKind() {
            return actorKind;
        }

        public void setActorKind(String actorKind) {
            this.actorKind = actorKind;
        }

        public String getActorFunction() {
            return actorFunction;
        }

        public void setActorFunction(String actorFunction) {
            this.actorFunction = actorFunction;
        }

        public String getQuestion() {
            return question;
        }

        public void setQuestion(String question) {
            this.question = question;
        }

        public String getAskedAt() {
            return askedAt;
        }

        public void setAskedAt(String askedAt) {
            this.askedAt = askedAt;
        }

        public String getBasis() {
            return basis;
        }

        public void setBasis(String basis) {
            this.basis = basis;
        }

        public String getBalancing() {
            return balancing;
        }

        public void setBalancing(String balancing) {
            this.balancing = balancing;
        }

        public List<String> getCategories() {
            return categories;
        }

        public void setCategories(List<String> categories) {
            this.categories = categories == null ? new ArrayList<>() : categories;
        }

        public boolean isCrimePreventionPurpose() {
            return crimePreventionPurpose;
        }

        public void setCrimePreventionPurpose(boolean crimePreventionPurpose) {
            this.crimePreventionPurpose = crimePreventionPurpose;
        }

        public String getSubjectDateOfBirth() {
            return subjectDateOfBirth;
        }

        public void setSubjectDateOfBirth(String subjectDateOfBirth) {
            this.subjectDateOfBirth = subjectDateOfBirth;
        }
    }

    /** The answer to a question. */
    static class AnswerForm {
        private Long version;
        private String receivedAt;
        private String text;
        private String basis;
        private String balancing;
        private List<String> categories = new ArrayList<>();
        private boolean requestedByUs = true;
        private boolean crimePreventionPurpose;

        InquiryService.Reply toReply(ZoneId zone, BindingResult errors) {
            return new InquiryService.Reply(
                    time(receivedAt, "receivedAt", zone, errors),
                    text,
                    categories(categories, errors),
                    parse(LegalBasis.class, basis, "basis", errors),
                    balancing,
                    requestedByUs,
                    crimePreventionPurpose,
                    null);
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getReceivedAt() {
            return receivedAt;
        }

        public void setReceivedAt(String receivedAt) {
            this.receivedAt = receivedAt;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getBasis() {
            return basis;
        }

        public void setBasis(String basis) {
            this.basis = basis;
        }

        public String getBalancing() {
            return balancing;
        }

        public void setBalancing(String balancing) {
            this.balancing = balancing;
        }

        public List<String> getCategories() {
            return categories;
        }

        public void setCategories(List<String> categories) {
            this.categories = categories == null ? new ArrayList<>() : categories;
        }

        public boolean isRequestedByUs() {
            return requestedByUs;
        }

        public void setRequestedByUs(boolean requestedByUs) {
            this.requestedByUs = requestedByUs;
        }

        public boolean isCrimePreventionPurpose() {
            return crimePreventionPurpose;
        }

        public void setCrimePreventionPurpose(boolean crimePreventionPurpose) {
            this.crimePreventionPurpose = crimePreventionPurpose;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, BindingResult errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "error.malformed", "malformed");
            return null;
        }
    }

    static Set<InformationCategory> categories(List<String> values, BindingResult errors) {
        Set<InformationCategory> set = EnumSet.noneOf(InformationCategory.class);
        for (String value : values) {
            InformationCategory category = parse(InformationCategory.class, value, "categories", errors);
            if (category != null) {
                set.add(category);
            }
        }
        return set;
    }

    /** A {@code datetime-local} value, read in the municipality's time zone; blank means now. */
    static Instant time(String value, String field, ZoneId zone, BindingResult errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "error.malformed", "malformed");
            return null;
        }
    }

    static LocalDate date(String value, String field, BindingResult errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "error.malformed", "malformed");
            return null;
        }
    }
}
