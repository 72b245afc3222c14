package se.traden.identity;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The municipality's OpenID Connect registrations, completed from the provider's discovery document at
 * the first login rather than at startup (as Spring Boot's own repository does). Tråden therefore
 * starts, and its login page answers, while the provider is down; a login attempt meanwhile is told so,
 * and the next attempt asks the provider again.
 */
final class LazyClientRegistrations implements ClientRegistrationRepository {
    private static final Logger log = LoggerFactory.getLogger(LazyClientRegistrations.class);

    private final OAuth2ClientProperties properties;
    private volatile Map<String, ClientRegistration> resolved;

    LazyClientRegistrations(OAuth2ClientProperties properties) {
        this.properties = properties;
    }

    /** What the login page offers, known from the configuration alone. */
    List<OidcLogin> logins() {
        return properties.getRegistration().entrySet().stream()
                .map(entry -> new OidcLogin(
                        entry.getKey(),
                        entry.getValue().getClientName() != null
                                ? entry.getValue().getClientName()
                                : entry.getKey()))
                .toList();
    }

    /** The registration, or none while the provider cannot be reached (Spring Security then refuses the login). */
    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!properties.getRegistration().containsKey(registrationId)) {
            return null;
        }
        Map<String, ClientRegistration> registrations = resolved;
        if (registrations == null) {
            synchronized (this) {
                if (resolved == null) {
                    try {
                        resolved = new OAuth2ClientPropertiesMapper(properties).asClientRegistrations();
                    } catch (RuntimeException e) {
                        log.warn("The OpenID Connect provider could not be reached: {}", e.toString());
                        return null;
                    }
                }
                registrations = resolved;
            }
        }
        return registrations.get(registrationId);
    }

    /** A login button: the registration to start and the name to show. */
    public record OidcLogin(String registrationId, String clientName) {}
}
