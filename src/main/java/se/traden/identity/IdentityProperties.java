package se.traden.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login settings.
 *
 * @param lockOutThreshold failed logins in a row before an account is locked
 * @param lockOutPeriod how long a locked account stays locked
 * @param oidcSubjectClaim the claim of an OpenID Connect token that names the staff member's account
 * @param httpBasic whether the API accepts HTTP Basic for local accounts (demo mode only)
 * @param throttleFailures failed logins from one client address within the throttle window after which
 *     that address's further login attempts are refused until the window ends
 * @param throttleWindow the window that an address's first failed login opens
 */
@ConfigurationProperties("traden.identity")
record IdentityProperties(
        @DefaultValue("5") int lockOutThreshold,
        @DefaultValue("15m") Duration lockOutPeriod,
        @DefaultValue("sub") String oidcSubjectClaim,
        @DefaultValue("false") boolean httpBasic,
        @DefaultValue("30") int throttleFailures,
        @DefaultValue("10m") Duration throttleWindow) {}
