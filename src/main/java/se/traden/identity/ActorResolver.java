package se.traden.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import se.traden.organisation.StaffDirectory;
import se.traden.shared.Actor;
import se.traden.shared.MunicipalityId;
import se.traden.shared.MunicipalityScope;
import se.traden.shared.StaffId;

/**
 * Turns whoever authenticated (a local account, an OpenID Connect login or a bearer token) into the
 * {@link Actor} of this request, with the functions they hold today. Asked anew on every request, so
 * that a function that ends, or an account that is disabled, takes effect at once.
 */
@Component
class ActorResolver {
    private final Accounts accounts;
    private final StaffDirectory staffDirectory;
    private final Clock clock;
    private final IdentityProperties properties;

    ActorResolver(Accounts accounts, StaffDirectory staffDirectory, Clock clock, IdentityProperties properties) {
        this.accounts = accounts;
        this.staffDirectory = staffDirectory;
        this.clock = clock;
        this.properties = properties;
    }

    /** Asks in every municipality: until the person is known, so is not their municipality. */
    Optional<Actor> resolve(Authentication authentication) {
        return MunicipalityScope.asSystem(() -> resolveAnywhere(authentication));
    }

    private Optional<Actor> resolveAnywhere(Authentication authentication) {
        Optional<Account> account = switch (authentication.getPrincipal()) {
            case OidcUser oidc -> accounts.byOidcSubject(claim(oidc.getClaimAsString(properties.oidcSubjectClaim())));
            case Jwt jwt -> accounts.byOidcSubject(claim(jwt.getClaimAsString(properties.oidcSubjectClaim())));
            default ->
                authentication instanceof JwtAuthenticationToken token
                        ? accounts.byOidcSubject(
                                claim(token.getToken().getClaimAsString(properties.oidcSubjectClaim())))
                        : accounts.byUsername(authentication.getName());
        };
        return account.filter(Account::enabled).map(this::toActor);
    }

    private static String claim(String value) {
        return value == null ? "" : value;
    }

    private Actor toActor(Account account) {
        StaffId staff = new StaffId(account.staffId());
        return new Actor(
                staff,
                new MunicipalityId(account.municipalityId()),
                account.username() != null ? account.username() : account.oidcSubject(),
                account.staffName(),
                staffDirectory.functionsHeldOn(staff, LocalDate.now(clock)));
    }
}
