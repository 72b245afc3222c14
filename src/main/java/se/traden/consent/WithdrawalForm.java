package se.traden.consent;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.traden.disclosure.InformationCategory;
import se.traden.shared.FieldViolation;

/** The withdrawal form as typed: whole or in part, who communicated it, and from when. */
public class WithdrawalForm implements Serializable {
    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Long version;
    private String scope = "WHOLE";
    private List<String> recipientIds = new ArrayList<>();
    private List<String> categories = new ArrayList<>();
    private String communicatedBy;
    private String at;
    private String note;

    static WithdrawalForm startingFrom(Consent consent, Instant now, ZoneId zone) {
        WithdrawalForm form = new WithdrawalForm();
        form.version = consent.version();
        form.at = LOCAL.format(now.atZone(zone));
        return form;
    }

    public boolean whole() {
        return !"PART".equals(scope);
    }

    Consent.WithdrawalRequest toRequest(ZoneId zone, List<FieldViolation> malformed) {
        Set<UUID> recipients = new HashSet<>();
        Set<InformationCategory> chosen = EnumSet.noneOf(InformationCategory.class);
        if (!whole()) {
            for (String r : recipientIds) {
                try {
                    recipients.add(UUID.fromString(r));
                } catch (IllegalArgumentException e) {
                    malformed.add(FieldViolation.of("recipientIds", "malformed"));
                }
            }
            for (String c : categories) {
                try {
                    chosen.add(InformationCategory.valueOf(c));
                } catch (IllegalArgumentException e) {
                    malformed.add(FieldViolation.of("categories", "malformed"));
                }
            }
            if (recipients.isEmpty() && chosen.isEmpty()) {
                malformed.add(FieldViolation.of("scope", "consent.withdrawal-part-unnamed"));
            }
        }
        Instant moment = null;
        if (at != null && !at.isBlank()) {
            try {
                moment = LocalDateTime.parse(at.strip(), LOCAL).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                malformed.add(FieldViolation.of("at", "consent.date-time-malformed"));
            }
        }
        return new Consent.WithdrawalRequest(moment, communicatedBy, recipients, chosen, note);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public List<String> getRecipientIds() {
        return recipientIds;
    }

    public void setRecipientIds(List<String> recipientIds) {
        this.recipientIds = recipientIds;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }

    public String getCommunicatedBy() {
        return communicatedBy;
    }

    public void setCommunicatedBy(String communicatedBy) {
        this.communicatedBy = communicatedBy;
    }

    public String getAt() {
        return at;
    }

    public void setAt(String at) {
        this.at = at;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
