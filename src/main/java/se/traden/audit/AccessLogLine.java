package se.traden.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One access-log entry as a reviewer sees it: who (with the staff member's name), acting in which
 * function, did what to which record of which person, whether it was allowed, and when.
 */
record AccessLogLine(
        long id,
        long seq,
        Instant occurredAt,
        UUID staffId,
        String staffName,
        String username,
        String actingFunction,
        String action,
        String recordType,
        String recordId,
        UUID personId,
        String outcome,
        String reason) {

    public boolean denied() {
        return "DENIED".equals(outcome);
    }

    /** Written by one of Tråden's own jobs (retention's thinning, for one), not by a member of staff. */
    public boolean bySystem() {
        return staffId == null && username != null && username.startsWith("system:");
    }
}
