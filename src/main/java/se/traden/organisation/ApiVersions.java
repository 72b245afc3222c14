package se.traden.organisation;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import se.traden.shared.web.Versions;

/**
 * Optimistic locking over HTTP: a record's version is its ETag, and a change names the version it
 * started from, in {@code If-Match} or in the body's {@code version} field.
 */
final class ApiVersions {
    private ApiVersions() {}

    static <T> ResponseEntity<T> withETag(T body, long version) {
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, Versions.etag(version))
                .body(body);
    }
}
