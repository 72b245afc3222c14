package se.traden.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * How an entry's hash is computed: SHA-256 over its fields in a fixed order, each length-prefixed so
 * that no two different entries share an input, ending with the previous entry's hash.
 */
final class HashChain {
    static final String GENESIS = "0".repeat(64);

    private HashChain() {}

    static String hash(
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
            String prevHash) {
        StringBuilder input = new StringBuilder(256);
        for (Object field : new Object[] {
            municipalityId,
            seq,
            occurredAt,
            staffId,
            username,
            actingFunction,
            action,
            recordType,
            recordId,
            personId,
            outcome,
            reason,
            prevHash
        }) {
            String text = field == null ? "\u0000" : field.toString();
            input.append(text.length()).append(':').append(text).append('|');
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(input.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    static String hashOf(AccessLogEntry e) {
        return hash(
                e.municipalityId(),
                e.seq(),
                e.occurredAt(),
                e.staffId(),
                e.username(),
                e.actingFunction(),
                e.action(),
                e.recordType(),
                e.recordId(),
                e.personId(),
                e.outcome(),
                e.reason(),
                e.prevHash());
    }
}
