package se.traden.identity;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.ConditionalOnOAuth2ClientRegistrationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When an OpenID Connect client is configured ({@code spring.security.oauth2.client.registration.*}),
 * its registrations are completed lazily, so that a provider that is down does not stop Tråden from
 * starting. Spring Boot's own eager repository then stands back.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnOAuth2ClientRegistrationProperties
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class OidcClientConfiguration {

    @Bean
    LazyClientRegistrations clientRegistrationRepository(OAuth2ClientProperties properties) {
        return new LazyClientRegistrations(properties);
    }
}
