package se.traden.platform.bench;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one request sends to the database: the number of statements, and while it is captured a pgbench
 * script that sends the same statements in the same transactions.
 *
 * <p>The script inlines the request's values as literals, with three rewrites so that pgbench can run it
 * over and over from many clients: an id the request made up (a UUID first seen in an {@code insert}, never
 * read back before) becomes a fresh one per run ({@code md5(:bench_n || k)}); the access-log chain head read
 * {@code for update} is read into variables ({@code \gset}) and the sequence numbers written after it count
 * on from the head; a counter's {@code returning last_number} feeds the reference written after it, and a
 * plan's {@code current_revision} the revision written after it; an insert skips a row whose key exists. No
 * colon is left in a literal (pgbench would take it for a variable).
 */
final class Recording {
    private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern NUMBERED = Pattern.compile("(.*\\D)(\\d+)");
    private static final Set<String> VARIABLE_COLUMNS = Set.of("seq", "last_number", "hash", "current_revision");

    private final boolean capturing;
    private long statements;
    private final List<Line> lines = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final Map<String, String> newIds = new HashMap<>();
    /** Values read into pgbench variables: the variable's name and the value it had in the captured run. */
    private final List<Variable> variables = new ArrayList<>();

    private Recording(boolean capturing) {
        this.capturing = capturing;
    }

    static Recording begin(boolean capturing) {
        Recording recording = new Recording(capturing);
        CURRENT.set(recording);
        return recording;
    }

    static void end() {
        CURRENT.remove();
    }

    static Recording current() {
        return CURRENT.get();
    }

    boolean capturing() {
        return capturing;
    }

    long statements() {
        return statements;
    }

    void transaction(String command) {
        if (capturing) {
            lines.add(new Line(command, false));
        }
    }

    Line statement(String sql, Map<Integer, Object> parameters) {
        statements++;
        if (!capturing) {
            return null;
        }
        String lower = sql.strip().toLowerCase(Locale.ROOT);
        boolean insert = lower.startsWith("insert");
        String inlined = inline(sql, parameters, insert);
        if (insert && !lower.contains("on conflict") && !lower.contains("returning")) {
            // A key pgbench repeats (a revision number two clients both read) skips the row instead of
            // aborting the client; the unique index is still checked.
            inlined = inlined + " on conflict do nothing";
        }
        Line line = new Line(inlined, true);
        lines.add(line);
        return line;
    }

    /** A value read back from the database: known from now on, and a variable when it is a chain head or counter. */
    void read(Line line, int row, String label, Object value) {
        String text = value instanceof Array ? null : String.valueOf(value);
        if (text != null) {
            seen.add(text);
        }
        if (line == null || !line.feedsVariables || row != 1 || text == null) {
            return;
        }
        String column = label.toLowerCase(Locale.ROOT);
        if (VARIABLE_COLUMNS.contains(column)) {
            line.gset = true;
            String name = "v" + lines.indexOf(line) + "_" + column;
            if (variables.stream().noneMatch(v -> v.name.equals(name))) {
                variables.add(new Variable(line, name, column, text));
            }
        }
    }

    String script() {
        StringBuilder script = new StringBuilder();
        if (!newIds.isEmpty()) {
            script.append("\\set bench_n random(1, 1000000000000000)\n");
        }
        for (Line line : lines) {
            if (line.gset && line.rows == 1) {
                script.append(line.sql)
                        .append(" \\gset v")
                        .append(lines.indexOf(line))
                        .append("_\n");
            } else {
                script.append(line.sql).append(";\n");
            }
        }
        return script.toString();
    }

    private String inline(String sql, Map<Integer, Object> parameters, boolean insert) {
        StringBuilder out = new StringBuilder(sql.length() + 64);
        int parameter = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int close = sql.indexOf(c, i + 1);
                int end = close < 0 ? sql.length() : close + 1;
                out.append(sql, i, end);
                i = end;
            } else if (c == '-' && sql.startsWith("--", i)) {
                int newline = sql.indexOf('\n', i);
                i = newline < 0 ? sql.length() : newline;
            } else if (c == '?') {
                parameter++;
                out.append(literal(parameters.get(parameter), insert));
                i++;
            } else if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        for (Object value : parameters.values()) {
            if (value != null) {
                seen.add(value instanceof Array ? "" : String.valueOf(value));
            }
        }
        return out.toString().strip();
    }

    private String literal(Object value, boolean insert) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof UUID id) {
            return id(id.toString(), insert, "::uuid");
        }
        if (value instanceof String s) {
            if (UUID_TEXT.matcher(s).matches()) {
                return id(s, insert, "");
            }
            return text(s);
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof Number n) {
            return number(n);
        }
        if (value instanceof Timestamp t) {
            return epoch(t.toInstant());
        }
        if (value instanceof Instant t) {
            return epoch(t);
        }
        if (value instanceof OffsetDateTime t) {
            return epoch(t.toInstant());
        }
        if (value instanceof ZonedDateTime t) {
            return epoch(t.toInstant());
        }
        if (value instanceof LocalDate d) {
            return "'" + d + "'::date";
        }
        if (value instanceof java.sql.Date d) {
            return "'" + d + "'::date";
        }
        if (value instanceof TemporalAccessor t) {
            return "(" + quote(t.toString()) + ")";
        }
        if (value instanceof Array a) {
            try {
                return "(" + quote(a.toString()) + ")::" + a.getBaseTypeName() + "[]";
            } catch (SQLException e) {
                return "(" + quote(a.toString()) + ")";
            }
        }
        if (value instanceof Object[] items) {
            StringBuilder array = new StringBuilder("{");
            for (int k = 0; k < items.length; k++) {
                array.append(k == 0 ? "" : ",")
                        .append('"')
                        .append(String.valueOf(items[k]).replace("\\", "\\\\").replace("\"", "\\\""))
                        .append('"');
            }
            return "(" + quote(array.append('}').toString()) + ")";
        }
        if (value instanceof byte[] bytes) {
            return "'\\x" + HexFormat.of().formatHex(bytes) + "'::bytea";
        }
        return "(" + quote(String.valueOf(value)) + ")";
    }

    private String id(String id, boolean insert, String cast) {
        String known = newIds.get(id);
        if (known == null && insert && !seen.contains(id)) {
            known = "md5(:bench_n::text || '-" + (newIds.size() + 1) + "')";
            newIds.put(id, known);
        }
        if (known != null) {
            return known + cast;
        }
        return "'" + id + "'" + cast;
    }

    /** The columns read into variables whose values later statements count on from. */
    private static final java.util.Set<String> COUNTERS = java.util.Set.of("last_number", "current_revision", "seq");

    private String number(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short) {
            long value = n.longValue();
            for (Variable v : variables) {
                if (!COUNTERS.contains(v.column)) {
                    continue; // a hash, say: not a number a later statement counts on from
                }
                long at = Long.parseLong(v.value);
                if (v.column.equals("last_number") && value == at) {
                    return "(:" + v.name + ")";
                }
                if (v.column.equals("current_revision") && (value == at || value == at + 1)) {
                    return value == at ? "(:" + v.name + ")" : "(:" + v.name + " + 1)";
                }
                if (v.column.equals("seq") && value > at && value - at <= 10_000) {
                    return "(:" + v.name + " + " + (value - at) + ")";
                }
            }
        }
        return n.toString();
    }

    private String text(String s) {
        for (Variable v : variables) {
            if (v.column.equals("hash") && s.equals(v.value)) {
                return "(:" + v.name + ")";
            }
            if (v.column.equals("last_number")) {
                Matcher numbered = NUMBERED.matcher(s);
                if (numbered.matches()
                        && numbered.group(2).length() <= 12
                        && Long.parseLong(numbered.group(2)) == Long.parseLong(v.value)) {
                    return "(" + quote(numbered.group(1)) + " || lpad(:" + v.name + "::text, "
                            + numbered.group(2).length() + ", '0'))";
                }
            }
        }
        return "(" + quote(s) + ")";
    }

    private static String epoch(Instant t) {
        return "to_timestamp(" + t.getEpochSecond() + "." + "%06d".formatted(t.getNano() / 1000) + ")";
    }

    /** A quoted literal without colons or line breaks, which pgbench would misread. */
    private static String quote(String s) {
        return "'"
                + s.replace("'", "''")
                        .replace(":", "' || chr(58) || '")
                        .replace("\r", "' || chr(13) || '")
                        .replace("\n", "' || chr(10) || '")
                + "'";
    }

    record Variable(Line line, String name, String column, String value) {}

    /** One line of the script; a statement that read a chain head or counter sets variables for the lines after it. */
    static final class Line {
        final String sql;
        final boolean feedsVariables;
        boolean gset;
        int rows;

        Line(String sql, boolean feedsVariables) {
            this.sql = sql;
            this.feedsVariables = feedsVariables;
        }

        void rows(int rows) {
            this.rows = rows;
        }
    }
}
