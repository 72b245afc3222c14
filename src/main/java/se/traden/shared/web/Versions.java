package se.traden.shared.web;

import se.traden.shared.InvalidInputException;

/**
 * Optimistic locking over HTTP: a record's version is its ETag, and a change names the version it
 * started from, in {@code If-Match} or in the body's {@code version} field. A change without either is
 * refused, so that no edit can silently overwrite another.
 */
public final class Versions {
    private Versions() {}

    public static long expected(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            try {
                return Long.parseLong(tag.replace("\"", ""));
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("If-Match", "malformed");
            }
        }
        if (bodyVersion == null) {
            throw InvalidInputException.of("version", "version-required");
        }
        return bodyVersion;
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
