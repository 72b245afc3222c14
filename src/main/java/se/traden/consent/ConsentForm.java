package se.traden.consent;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.traden.disclosure.InformationCategory;
import se.traden.disclosure.PartyKind;
import se.traden.shared.FieldViolation;

/** The form that records a consent, as typed; its paths are the rules' ({@code recipients[0].kind}). */
public class ConsentForm {
    static final int EMPTY_RECIPIENT_ROWS = 2;

    private List<String> givers = new ArrayList<>();
    private List<String> categories = new ArrayList<>();
    private List<RecipientRow> recipients = new ArrayList<>();
    private String purpose;
    private String givenOn;
    private String method;
    private String notedBy;

    static ConsentForm empty(LocalDate today) {
        ConsentForm form = new ConsentForm();
        form.givenOn = today.toString();
        form.withRoom();
        return form;
    }

    /**
     * Empty recipient rows go, the written ones close up, and two empty rows follow for the next ones:
     * so that a rule about the second recipient points at the second row.
     */
    void compact() {
        recipients.removeIf(r -> r == null || r.blank());
    }

    void withRoom() {
        while (recipients.stream().filter(RecipientRow::blank).count() < EMPTY_RECIPIENT_ROWS) {
            recipients.add(new RecipientRow());
        }
    }

    void addRecipientRow() {
        compact();
        recipients.add(new RecipientRow());
        withRoom();
    }

    NewConsent toNewConsent(List<FieldViolation> malformed) {
        List<UUID> giverIds = new ArrayList<>();
        for (String g : givers) {
            try {
                giverIds.add(UUID.fromString(g));
            } catch (IllegalArgumentException e) {
                malformed.add(FieldViolation.of("givers", "malformed"));
            }
        }
        Set<InformationCategory> chosen = EnumSet.noneOf(InformationCategory.class);
        for (String c : categories) {
            try {
                chosen.add(InformationCategory.valueOf(c));
            } catch (IllegalArgumentException e) {
                malformed.add(FieldViolation.of("categories", "malformed"));
            }
        }
        List<NewConsent.NewRecipient> rows = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            RecipientRow r = recipients.get(i);
            PartyKind kind = null;
            if (r.kind != null && !r.kind.isBlank()) {
                try {
                    kind = PartyKind.valueOf(r.kind);
                } catch (IllegalArgumentException e) {
                    malformed.add(FieldViolation.of("recipients[" + i + "].kind", "malformed"));
                }
            }
            rows.add(new NewConsent.NewRecipient(r.organisation, kind));
        }
        LocalDate day = null;
        if (givenOn != null && !givenOn.isBlank()) {
            try {
                day = LocalDate.parse(givenOn.strip());
            } catch (DateTimeParseException e) {
                malformed.add(FieldViolation.of("givenOn", "consent.date-malformed"));
            }
        }
        ConsentMethod how = null;
        if (method != null && !method.isBlank()) {
            try {
                how = ConsentMethod.valueOf(method);
            } catch (IllegalArgumentException e) {
                malformed.add(FieldViolation.of("method", "malformed"));
            }
        }
        return new NewConsent(giverIds, chosen, rows, purpose, day, how, notedBy);
    }

    public static class RecipientRow {
        private String organisation;
        private String kind;

        boolean blank() {
            return (organisation == null || organisation.isBlank()) && (kind == null || kind.isBlank());
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }
    }

    public List<String> getGivers() {
        return givers;
    }

    public void setGivers(List<String> givers) {
        this.givers = givers;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }

    public List<RecipientRow> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<RecipientRow> recipients) {
        this.recipients = recipients;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(String givenOn) {
        this.givenOn = givenOn;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getNotedBy() {
        return notedBy;
    }

    public void setNotedBy(String notedBy) {
        this.notedBy = notedBy;
    }
}
