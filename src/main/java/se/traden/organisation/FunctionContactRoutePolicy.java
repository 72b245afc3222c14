package se.traden.organisation;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import se.traden.shared.FieldViolation;

/**
 * A function is reached through a route that belongs to the function (a functional mailbox, a shared
 * phone), never through a person's own email or phone: when staff change, the route must still reach
 * whoever holds the function.
 */
final class FunctionContactRoutePolicy {
    private FunctionContactRoutePolicy() {}

    /**
     * Refuses a route that contains the personal email or phone of a staff member of the municipality.
     */
    static Optional<FieldViolation> check(String contactRoute, Collection<String> personalContacts) {
        if (contactRoute == null) {
            return Optional.empty();
        }
        String route = normalise(contactRoute);
        return personalContacts.stream()
                .filter(contact -> contact != null && !contact.isBlank())
                .map(FunctionContactRoutePolicy::normalise)
                .filter(contact -> contact.length() >= 5 && route.contains(contact))
                .findFirst()
                .map(contact -> FieldViolation.of("contactRoute", "organisation.contact-route-personal"));
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
    }
}
