package se.traden.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import se.traden.shared.Actor;

/**
 * The authentication a request runs with once its person is known: the principal is the
 * {@link Actor}, the authorities are the functions held right now.
 */
final class ActorAuthentication extends AbstractAuthenticationToken {
    private final Actor actor;
    private final Authentication original;

    ActorAuthentication(Actor actor, Authentication original) {
        super(actor.functions().stream()
                .map(f -> new SimpleGrantedAuthority(f.authority()))
                .toList());
        this.actor = actor;
        this.original = original;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Actor getPrincipal() {
        return actor;
    }

    @Override
    public String getName() {
        return actor.username();
    }

    Authentication original() {
        return original;
    }
}
