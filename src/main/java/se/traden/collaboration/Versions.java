package se.traden.collaboration;

import se.traden.shared.InvalidInputException;

/** The version a change starts from: the If-Match header, or a {@code version} field of the body. */
final class Versions {
    private Versions() {}

    static long of(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            try {
                return Long.parseLong(
                        ifMatch.replace("W/", "").replace("\"", "").strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("If-Match", "malformed");
            }
        }
        if (bodyVersion == null) {
            throw InvalidInputException.of("version", "version-required");
        }
        return bodyVersion;
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
