package se.traden.organisation;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import se.traden.shared.InvalidInputException;

/**
 * Optimistic locking over HTTP: a record's version is its ETag, and a change names the version it
 * started from, in {@code If-Match} or in the body's {@code version} field.
 */
final class ApiVersions {
    private ApiVersions() {}

    static long expected(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            try {
                return Long.parseLong(tag);
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("If-Match", "malformed");
            }
        }
        if (bodyVersion == null) {
            throw InvalidInputException.of("version", "organisation.version-required");
        }
        return bodyVersion;
    }

    static <T> ResponseEntity<T> withETag(T body, long version) {
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, "\"" + version + "\"")
                .body(body);
    }
}
