package se.traden.security;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The source of hostile input for the fuzz tests: a seeded random generator (the seed is printed, and
 * {@code -Dtraden.fuzz.seed=...} replays a run) with the strings an attacker or a broken client sends.
 */
final class Hostile {
    static final List<String> SCRIPT_PAYLOADS =
            List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)");

    static final List<String> SQL_PAYLOADS = List.of(
            "' or '1'='1",
            "'; drop table person; --",
            "1; select pg_sleep(5)--",
            "\\'; delete from collab_case; --",
            "%' or 1=1 or name like '%",
            "' union select password_hash, null from account --",
            "$$; truncate access_log; $$");

    private static final List<String> ODD = List.of(
            "",
            " ",
            "\u0000",
            "null",
            "NaN",
            "-1",
            "9223372036854775808",
            "1e309",
            "0x7fffffff",
            "\uD83D\uDE00\u200B\u202E\uFEFF",
            "\uD800",
            "Åsa Öberg-Ääl",
            "../../etc/passwd",
            "%00%0d%0a",
            "\r\nSet-Cookie: x=1",
            "${7*7}",
            "[[${7*7}]]",
            "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
            "=cmd|' /C calc'!A0",
            "19121212-1212",
            "2026-02-30",
            "00000000-0000-0000-0000-000000000000",
            "not-a-uuid");

    final long seed;
    private final SplittableRandom random;

    private Hostile(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** A generator with the seed given by {@code traden.fuzz.seed}, or a fresh one. */
    static Hostile seeded() {
        String given = System.getProperty("traden.fuzz.seed");
        return new Hostile(given != null ? Long.parseLong(given) : System.nanoTime());
    }

    /** How many inputs a property tries: {@code traden.fuzz.inputs}, or the default given. */
    static int budget(String property, int byDefault) {
        return Integer.getInteger(property, byDefault);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    long nextLong() {
        return random.nextLong();
    }

    /** A string an attacker or a broken client sends: markup, SQL, control characters, huge, or random. */
    String string() {
        return switch (random.nextInt(8)) {
            case 0 -> oneOf(SCRIPT_PAYLOADS);
            case 1 -> oneOf(SQL_PAYLOADS);
            case 2 -> oneOf(ODD);
            case 3 -> "x".repeat(200 + random.nextInt(5000));
            case 4 -> anyCodePoints(1 + random.nextInt(40));
            case 5 -> digitsAndSeparators(1 + random.nextInt(16));
            case 6 -> oneOf(SCRIPT_PAYLOADS) + oneOf(SQL_PAYLOADS);
            default -> "Text " + anyCodePoints(random.nextInt(8));
        };
    }

    /** Far longer than any field allows. */
    String huge() {
        int length = 10_000 + random.nextInt(100_000);
        return String.valueOf((char) ('a' + random.nextInt(26))).repeat(length);
    }

    /** Any code points, including control characters, unpaired surrogates and the private use area. */
    String anyCodePoints(int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(5);
            if (kind == 0) {
                text.append((char) random.nextInt(0x20));
            } else if (kind == 1) {
                text.append((char) (0xD800 + random.nextInt(0x800)));
            } else if (kind == 2) {
                text.appendCodePoint(random.nextInt(0x10FFFF));
            } else {
                text.append((char) (0x20 + random.nextInt(0x5F)));
            }
        }
        return text.toString();
    }

    /** Digits with the separators a personal identity number may carry, and a few it may not. */
    String digitsAndSeparators(int length) {
        String alphabet = "0123456789012345678901234567890123456789-+ -+\t/.A\u0660\uFF11";
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
