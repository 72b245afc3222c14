package se.traden.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains. The API ({@code /api/**}) answers 401/403 as problem details and accepts a
 * session, a bearer token from the OpenID Connect provider, or (demo mode only) HTTP Basic. The UI
 * uses form login for local accounts and OpenID Connect when a provider is configured. In both, every
 * request runs as the {@link se.traden.shared.Actor} its person is today; everything needs a login,
 * and the modules' own checks decide what each function may do.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";
    static final long HSTS_MAX_AGE = 365L * 24 * 60 * 60;

    @Bean
    PasswordEncoder passwordEncoder() {
        var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
    }

    @Bean
    @ConditionalOnWebApplication
    RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        return problems::rejected;
    }

    // Filter chains only where there is a web server: a command-line run (such as the access-log
    // verification) starts without one.
    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain api(
            HttpSecurity http,
            ActorResolver resolver,
            IdentityProperties properties,
            ObjectProvider<JwtDecoder> jwtDecoder,
            ProblemResponses problems,
            LoginThrottle throttle)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // A session cookie needs a CSRF token; a request that carries its own credentials does not.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::unsafeWithoutCredentials))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthenticated)
                        .accessDeniedHandler(problems::denied))
                .headers(SecurityConfiguration::headers)
                .addFilterBefore(new LoginThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new ActorFilter(resolver), AuthorizationFilter.class);
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            http.oauth2ResourceServer(server -> server.jwt(
                            jwt -> jwt.decoder(new UnreachableProviderJwtDecoder(decoder)))
                    .authenticationEntryPoint(problems::unauthenticated)
                    // A token that cannot be checked because the provider is unreachable is answered 503,
                    // not rethrown as a server error.
                    .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                        @Override
                        public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                            filter.setAuthenticationFailureHandler(problems::bearerTokenRefused);
                            return filter;
                        }
                    }));
        }
        if (properties.httpBasic()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthenticated));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain ui(
            HttpSecurity http,
            ActorResolver resolver,
            ObjectProvider<ClientRegistrationRepository> oidcClients,
            ProblemResponses problems,
            LoginThrottle throttle)
            throws Exception {
        var loginPage = new LoginUrlAuthenticationEntryPoint("/login");
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(new LoginFailureHandler()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, exception) -> {
                            if (request.getAttribute(ActorFilter.UNKNOWN_IDENTITY) != null) {
                                response.sendRedirect(request.getContextPath() + "/login?error=unknown");
                            } else {
                                loginPage.commence(request, response, exception);
                            }
                        })
                        .accessDeniedHandler(problems::denied))
                .headers(SecurityConfiguration::headers)
                .addFilterBefore(
                        new LoginThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ActorFilter(resolver), AuthorizationFilter.class);
        if (oidcClients.getIfAvailable() != null) {
            // Every failure of an OpenID Connect login, including a provider that cannot be reached when
            // the login starts, ends on the login page with a message, never on an error page.
            var toLoginPage = new SimpleUrlAuthenticationFailureHandler("/login?error=oidc");
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .failureHandler(toLoginPage)
                    .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                        @Override
                        public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                            filter.setAuthenticationFailureHandler(toLoginPage);
                            return filter;
                        }
                    }));
        }
        return http.build();
    }

    private static void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        // No inline script or style anywhere (the policy forbids them); no page in a frame; no address
        // (which may name a record) leaves in a Referer; nothing of a page kept in a cache (Spring
        // Security's default no-store, kept explicit here); HTTPS remembered for a year once seen.
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(Customizer.withDefaults())
                .cacheControl(Customizer.withDefaults())
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_MAX_AGE));
    }

    private static boolean unsafeWithoutCredentials(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }
}
