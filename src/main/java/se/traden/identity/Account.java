package se.traden.identity;

import java.time.Instant;
import java.util.UUID;

/** How a staff member logs in, and whether they may right now. */
record Account(
        UUID staffId,
        UUID municipalityId,
        String username,
        String passwordHash,
        String oidcSubject,
        boolean enabled,
        int failedLogins,
        Instant lockedUntil,
        String staffName) {

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
