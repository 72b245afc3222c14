package se.traden.consent;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.traden.disclosure.InformationCategory;
import se.traden.disclosure.PartyKind;

/**
 * A consent as the person recording it describes it: the persons who gave it, the information, the
 * recipient organisations, the purpose, the day, and how it was given.
 */
public record NewConsent(
        List<UUID> givers,
        Set<InformationCategory> categories,
        List<NewRecipient> recipients,
        String purpose,
        LocalDate givenOn,
        ConsentMethod method,
        String notedBy) {

    public record NewRecipient(String organisation, PartyKind kind) {}

    public NewConsent {
        givers = givers == null
                ? List.of()
                : givers.stream().filter(java.util.Objects::nonNull).toList();
        categories = categories == null || categories.isEmpty()
                ? EnumSet.noneOf(InformationCategory.class)
                : EnumSet.copyOf(categories);
        // A row left empty in a form is not a recipient.
        recipients = recipients == null
                ? List.of()
                : recipients.stream()
                        .filter(r -> r != null
                                && (r.organisation() != null
                                                && !r.organisation().isBlank()
                                        || r.kind() != null))
                        .toList();
        purpose = purpose == null ? null : purpose.strip();
        notedBy = notedBy == null || notedBy.isBlank() ? null : notedBy.strip();
    }
}
