package se.traden.consent;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import se.traden.disclosure.InformationCategory;

/**
 * A consent withdrawn, whole or in part, from a moment on: by whom it was communicated, and for which
 * recipients and categories (empty means all of them). A partial withdrawal takes away the pairs of
 * recipient and category it names: some recipients only (all their categories), some categories only
 * (for every recipient), or both (those categories for those recipients).
 */
public record Withdrawal(
        UUID id,
        Instant at,
        String communicatedBy,
        Set<UUID> recipientIds,
        Set<InformationCategory> categories,
        String note,
        Instant recordedAt,
        UUID recordedBy) {

    public Withdrawal {
        recipientIds = Set.copyOf(recipientIds);
        categories = categories.isEmpty()
                ? Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(categories));
    }

    public boolean whole() {
        return recipientIds.isEmpty() && categories.isEmpty();
    }

    boolean takesAway(UUID recipient, InformationCategory category) {
        return (recipientIds.isEmpty() || recipientIds.contains(recipient))
                && (categories.isEmpty() || categories.contains(category));
    }
}
