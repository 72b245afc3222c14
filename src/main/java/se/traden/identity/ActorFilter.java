package se.traden.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after authentication and before authorisation: replaces the authenticated identity with the
 * {@link ActorAuthentication} of this request. When the identity has no enabled account (an unknown
 * OpenID Connect subject, a disabled account) the request goes on unauthenticated, and every session
 * of a disabled account thereby ends at its next request.
 */
final class ActorFilter extends OncePerRequestFilter {
    private final ActorResolver resolver;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ActorFilter(ActorResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && !(authentication instanceof ActorAuthentication)) {
            SecurityContext context = contexts.createEmptyContext();
            resolver.resolve(authentication)
                    .ifPresentOrElse(
                            actor -> context.setAuthentication(new ActorAuthentication(actor, authentication)), () -> {
                                request.setAttribute(UNKNOWN_IDENTITY, Boolean.TRUE);
                                if (request.getSession(false) != null) {
                                    request.getSession(false).invalidate();
                                }
                            });
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }

    static final String UNKNOWN_IDENTITY = ActorFilter.class.getName() + ".unknown";
}
