package se.traden.identity;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.shared.MunicipalityScope;

/**
 * Local accounts for the embedded default and demo mode, with lock-out: after a number of failed
 * logins in a row the account is locked for a period, whatever password is tried meanwhile.
 */
@Service
class LocalAccountDetailsService implements UserDetailsService {
    private final Accounts accounts;
    private final Clock clock;
    private final IdentityProperties properties;

    LocalAccountDetailsService(Accounts accounts, Clock clock, IdentityProperties properties) {
        this.accounts = accounts;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // Before the login, nobody's municipality is known: the account is looked up in all of them.
        Account account = MunicipalityScope.asSystem(() -> accounts.byUsername(username))
                .filter(a -> a.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("no local account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .accountLocked(account.isLockedAt(clock.instant()))
                .authorities("ACCOUNT")
                .build();
    }

    @EventListener
    @Transactional
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        MunicipalityScope.asSystem(() -> accounts.recordFailedLogin(
                event.getAuthentication().getName(),
                clock.instant(),
                properties.lockOutThreshold(),
                properties.lockOutPeriod()));
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        MunicipalityScope.asSystem(
                () -> accounts.recordSuccessfulLogin(event.getAuthentication().getName()));
    }
}
