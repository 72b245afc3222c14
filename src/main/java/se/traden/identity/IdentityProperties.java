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
 */
@ConfigurationProperties("traden.identity")
record IdentityProperties(
        @DefaultValue("5") int lockOutThreshold,
        @DefaultValue("15m") Duration lockOutPeriod,
        @DefaultValue("sub") String oidcSubjectClaim,
        @DefaultValue("false") boolean httpBasic) {}
