package se.traden.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of the access log as stored, with its place in the municipality's hash chain. */
record AccessLogEntry(
        long id,
        UUID municipalityId,
        long seq,
        Instant occurredAt,
        UUID staffId,
        String username,
        String actingFunction,
        String action,
        String recordType,
        String recordId,
        UUID personId,
        String outcome,
        String reason,
        String prevHash,
        String hash) {}
