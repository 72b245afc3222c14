package se.traden.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends a failed login back to the login page with the reason the person can act on. */
final class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason = switch (exception) {
            case LockedException locked -> "locked";
            case DisabledException disabled -> "disabled";
            default -> "bad-credentials";
        };
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
