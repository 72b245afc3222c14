package se.traden.security;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Request bodies shaped like the command's own request record, with hostile values in its fields: wrong
 * types, nulls, huge and odd strings, markup and SQL, unknown enum constants, nested junk; and now and then
 * a body that is no such object at all, or no JSON at all. Values are written as JSON text by hand so that
 * even unpaired surrogates and control characters reach the server.
 */
final class HostileJson {
    private static final int MAX_DEPTH = 4;

    private final Hostile hostile;
    private final Supplier<UUID> knownIds;
    /** One huge string per body at most: the size of a single field is the attack, not the heap's. */
    private boolean hugeSent;

    HostileJson(Hostile hostile, Supplier<UUID> knownIds) {
        this.hostile = hostile;
        this.knownIds = knownIds;
    }

    /** A body for a command whose request has the given type (none: the command reads no body). */
    String body(Type type) {
        hugeSent = false;
        int roll = hostile.nextInt(100);
        if (roll < 4) {
            return malformed();
        }
        if (roll < 12 || type == null) {
            return write(junk(0));
        }
        if (roll < 15) {
            return write(deeplyNested(600 + hostile.nextInt(2000)));
        }
        return write(value(type, 0));
    }

    private Object value(Type type, int depth) {
        int roll = hostile.nextInt(100);
        if (roll < 5) {
            return null;
        }
        if (roll < 10 || depth > MAX_DEPTH) {
            return junk(depth + 1);
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            if (!hugeSent && hostile.chance(5)) {
                hugeSent = true;
                return hostile.huge();
            }
            return hostile.chance(30) ? "En rimlig text" : hostile.string();
        }
        if (raw == UUID.class) {
            return hostile.chance(70) ? knownIds.get().toString() : hostile.string();
        }
        if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class) {
            return number();
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return hostile.chance(80) ? hostile.chance(50) : hostile.oneOf(List.of("ja", "1", 0, "true "));
        }
        if (raw == LocalDate.class) {
            return hostile.chance(70)
                    ? LocalDate.now().plusDays(hostile.nextInt(800) - 400).toString()
                    : hostile.oneOf(List.of("2026-02-30", "0000-00-00", "+999999999-12-31", "2026-13-01", "igår"));
        }
        if (raw == LocalTime.class || raw == LocalDateTime.class || Temporal.class.isAssignableFrom(raw)) {
            return hostile.chance(60)
                    ? hostile.oneOf(List.of("10:30", "2026-06-15T10:30:00", "2026-06-15T10:30:00Z"))
                    : hostile.oneOf(List.of("25:61", "2026-06-15T99:99", "T", "-1"));
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return hostile.chance(70)
                    ? ((Enum<?>) constants[hostile.nextInt(constants.length)]).name()
                    : hostile.oneOf(List.of("UNKNOWN", "crime", "", "ACTIVE; drop table concern"));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            var list = new ArrayList<Object>();
            if (hostile.chance(5)) {
                // Many elements, each small: the size of the list is the attack.
                for (int i = 500 + hostile.nextInt(2000); i > 0; i--) {
                    list.add(hostile.chance(50) ? "x" : (long) i);
                }
                return list;
            }
            for (int i = hostile.nextInt(4); i > 0; i--) {
                list.add(value(element, depth + 1));
            }
            return list;
        }
        if (raw.isRecord()) {
            var object = new LinkedHashMap<String, Object>();
            for (RecordComponent component : raw.getRecordComponents()) {
                if (!hostile.chance(10)) {
                    object.put(component.getName(), value(component.getGenericType(), depth + 1));
                }
            }
            if (hostile.chance(10)) {
                object.put(
                        hostile.oneOf(List.of("municipalityId", "id", "__proto__", "version", "@class")), junk(depth));
            }
            return object;
        }
        return junk(depth + 1);
    }

    private Object number() {
        return switch (hostile.nextInt(6)) {
            case 0, 1 -> (long) hostile.nextInt(4);
            case 2 -> hostile.oneOf(List.of(-1L, Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE + 1));
            case 3 -> new RawJson(hostile.oneOf(List.of("1e400", "99999999999999999999999", "0.5", "-0", "1E2")));
            case 4 -> hostile.string();
            default -> (long) hostile.nextInt(100_000);
        };
    }

    /** Any JSON value at all. */
    private Object junk(int depth) {
        int kind = hostile.nextInt(depth > MAX_DEPTH ? 4 : 6);
        return switch (kind) {
            case 0 -> hostile.string();
            case 1 -> number();
            case 2 -> hostile.chance(50) ? null : Boolean.TRUE;
            case 3 -> new RawJson("{}");
            case 4 -> {
                var list = new ArrayList<Object>();
                for (int i = hostile.nextInt(4); i > 0; i--) {
                    list.add(junk(depth + 1));
                }
                yield list;
            }
            default -> {
                var object = new LinkedHashMap<String, Object>();
                for (int i = hostile.nextInt(4); i > 0; i--) {
                    object.put(hostile.string(), junk(depth + 1));
                }
                yield object;
            }
        };
    }

    private static Object deeplyNested(int depth) {
        return new RawJson("[".repeat(depth) + "]".repeat(depth));
    }

    private String malformed() {
        return hostile.oneOf(List.of(
                "{",
                "{\"version\": }",
                "{'single': 'quotes'}",
                "{\"a\": 1,}",
                "\u0000\u0001",
                "<xml/>",
                "{\"text\": \"" + "\\u".repeat(3) + "\"}",
                "{\"a\": \"b\"} trailing",
                "[1, 2, 3",
                "NaN"));
    }

    /** A fragment of JSON text written as is. */
    private record RawJson(String text) {}

    static String write(Object value) {
        var out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case RawJson raw -> out.append(raw.text());
            case String text -> writeString(text, out);
            case Number number -> out.append(number);
            case Boolean bool -> out.append(bool);
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (var entry : map.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    writeString(String.valueOf(entry.getKey()), out);
                    out.append(':');
                    write(entry.getValue(), out);
                }
                out.append('}');
            }
            case Collection<?> list -> {
                out.append('[');
                boolean first = true;
                for (Object element : list) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(element, out);
                }
                out.append(']');
            }
            default -> writeString(value.toString(), out);
        }
    }

    /** Escapes everything outside printable ASCII, so that even a lone surrogate travels as {@code \\uD800}. */
    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                out.append("\\u%04x".formatted((int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }
}
