package se.traden.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The access matrix as data: src/test/resources/access/matrix.yaml, read into rules, each with the
 * answer every principal gets and the endpoints it covers. {@link AccessMatrixTest} holds the running
 * application to it; {@link AccessMatrixDocTest} writes docs/access.md from it.
 */
record AccessMatrix(List<Principal> principals, List<Rule> rules) {
    static final Path FILE = Path.of("src/test/resources/access/matrix.yaml");

    /** A column: a demo user standing for a function, an involvement or another municipality. */
    record Principal(String user, String function, String stands) {}

    /**
     * A group of endpoints with the same answers and the same reason for them. {@code reveals} names the
     * principals whose 403 on an existing record is 404 on a missing one (the refusal tells that the
     * record exists), accepted for the reason {@code revealsWhy}.
     */
    record Rule(
            String area,
            String name,
            String rationale,
            Map<String, Answer> answers,
            List<Row> rows,
            List<String> reveals,
            String revealsWhy) {}

    /**
     * One endpoint. {@code check} says what "allowed" means for it: a status ({@code 200}, {@code 302},
     * {@code 201}...) or {@code reached} (a command whose valid body is impractical here: not 401, 403, 404
     * or 5xx, and no denial logged). {@code body} is the JSON (API) or form (pages, {@code a=b&c=d}) sent,
     * with {@code ${name}} placeholders filled from the test's fixtures; {@code query} likewise.
     */
    record Row(
            String method,
            String path,
            String check,
            String body,
            String query,
            Map<String, String> with,
            String note) {
        String key() {
            return method + " " + path;
        }

        boolean api() {
            return path.startsWith("/api/");
        }
    }

    /** A cell: allowed, or denied with 403 or 404. */
    enum Answer {
        ALLOW,
        DENY_403,
        DENY_404;

        static Answer parse(Object value) {
            return switch (String.valueOf(value)) {
                case "allow" -> ALLOW;
                case "403" -> DENY_403;
                case "404" -> DENY_404;
                default -> throw new IllegalArgumentException("a cell is allow, 403 or 404, not " + value);
            };
        }

        int status() {
            return switch (this) {
                case DENY_403 -> 403;
                case DENY_404 -> 404;
                case ALLOW -> throw new IllegalStateException("an allowed cell has no single status");
            };
        }

        String text() {
            return switch (this) {
                case ALLOW -> "allow";
                case DENY_403 -> "403";
                case DENY_404 -> "404";
            };
        }
    }

    static AccessMatrix load() {
        try (InputStream in = Files.newInputStream(FILE)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static AccessMatrix parse(InputStream in) {
        Map<String, Object> root = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        var principals = new ArrayList<Principal>();
        for (Map<String, Object> p : (List<Map<String, Object>>) root.get("principals")) {
            principals.add(new Principal(
                    String.valueOf(p.get("user")), String.valueOf(p.get("function")), String.valueOf(p.get("stands"))));
        }
        var rules = new ArrayList<Rule>();
        for (Map<String, Object> r : (List<Map<String, Object>>) root.get("rules")) {
            String name = String.valueOf(r.get("rule"));
            var answers = new LinkedHashMap<String, Answer>();
            Map<String, Object> cells = (Map<String, Object>) r.get("answers");
            for (Principal principal : principals) {
                Object cell = cells == null ? null : cells.get(principal.user());
                if (cell == null) {
                    throw new IllegalArgumentException("rule '" + name + "' gives no answer for " + principal.user());
                }
                answers.put(principal.user(), Answer.parse(cell));
            }
            if (cells.size() != principals.size()) {
                throw new IllegalArgumentException(
                        "rule '" + name + "' answers for an unknown principal: " + cells.keySet());
            }
            var rows = new ArrayList<Row>();
            for (Object e : (List<Object>) r.get("endpoints")) {
                if (e instanceof String line) {
                    rows.add(row(line, Map.of()));
                } else {
                    Map<String, Object> options = (Map<String, Object>) e;
                    rows.add(row(String.valueOf(options.get("endpoint")), options));
                }
            }
            List<String> reveals = r.containsKey("reveals") ? List.copyOf((List<String>) r.get("reveals")) : List.of();
            for (String user : reveals) {
                if (answers.get(user) != Answer.DENY_403) {
                    throw new IllegalArgumentException(
                            "rule '" + name + "': only a 403 can reveal a record, not the answer of " + user);
                }
            }
            if (!reveals.isEmpty() && !r.containsKey("reveals-why")) {
                throw new IllegalArgumentException("rule '" + name + "' names whom it reveals records to, but not why");
            }
            rules.add(new Rule(
                    String.valueOf(r.get("area")),
                    name,
                    String.valueOf(r.get("rationale")).strip(),
                    answers,
                    rows,
                    reveals,
                    r.containsKey("reveals-why")
                            ? String.valueOf(r.get("reveals-why")).strip()
                            : null));
        }
        return new AccessMatrix(List.copyOf(principals), List.copyOf(rules));
    }

    @SuppressWarnings("unchecked")
    private static Row row(String line, Map<String, Object> options) {
        String[] parts = line.strip().split("\\s+", 2);
        String method = parts[0];
        String path = parts[1];
        String check = options.containsKey("check")
                ? String.valueOf(options.get("check"))
                : "GET".equals(method) ? "200" : "reached";
        Map<String, String> with = options.containsKey("with") ? (Map<String, String>) options.get("with") : Map.of();
        return new Row(method, path, check, (String) options.get("body"), (String) options.get("query"), with, (String)
                options.get("note"));
    }

    /** Every row with the rule it belongs to, in the file's order. */
    Map<String, Rule> ruleOfEndpoint() {
        var map = new LinkedHashMap<String, Rule>();
        for (Rule rule : rules) {
            for (Row row : rule.rows()) {
                if (map.put(row.key(), rule) != null) {
                    throw new IllegalArgumentException(row.key() + " is listed twice in the matrix");
                }
            }
        }
        return map;
    }
}
