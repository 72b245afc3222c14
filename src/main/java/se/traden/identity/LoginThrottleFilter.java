package se.traden.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before the password is checked, in the form login ({@code POST /login}) and for HTTP Basic on the
 * API: while {@link LoginThrottle} refuses the client address, the attempt is refused without looking at
 * the password, on the login page with the reason (UI) or as {@code 429} problem details with
 * {@code Retry-After} (API), and logged ({@link LoginThrottle#logRefusal}).
 */
final class LoginThrottleFilter extends OncePerRequestFilter {
    private final LoginThrottle throttle;
    private final ProblemResponses problems;

    LoginThrottleFilter(LoginThrottle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = loginAttempt(request);
        if (username.isPresent()) {
            String address = request.getRemoteAddr();
            Optional<Duration> refused = throttle.refusedFor(address);
            if (refused.isPresent()) {
                refuse(request, response, address, username.get(), refused.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(
            HttpServletRequest request,
            HttpServletResponse response,
            String address,
            String username,
            Duration remaining)
            throws IOException {
        throttle.logRefusal(address, username, remaining);
        if (isApi(request)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, remaining.toSeconds())));
            problems.tooManyLogins(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error=throttled");
        }
    }

    /** The username a login attempt names, when this request is one. */
    private static Optional<String> loginAttempt(HttpServletRequest request) {
        if (isApi(request)) {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                return Optional.empty();
            }
            try {
                String decoded = new String(
                        Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
            } catch (IllegalArgumentException malformed) {
                // Not Base64: the Basic filter refuses it as it refuses any malformed header.
                return Optional.of("");
            }
        }
        if ("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
            String username = request.getParameter("username");
            return Optional.of(username == null ? "" : username);
        }
        return Optional.empty();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
