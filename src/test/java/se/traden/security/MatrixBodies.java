package se.traden.security;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A well-formed JSON body for an API command, built from the type its handler reads: every field of the
 * request record filled with a value of its type (a name-based guess for ids and dates, the first
 * constant of an enum). A version is always {@value #STALE_VERSION}, far ahead of any record's: the
 * request passes the access checks and the body's shape, then stops at the version check, so that no
 * cell consumes the record the next cell needs. Rows of the matrix give a body of their own where this
 * guess does not fit.
 */
final class MatrixBodies {
    static final long STALE_VERSION = 9999;

    private final AccessWorld world;

    MatrixBodies(AccessWorld world) {
        this.world = world;
    }

    String body(Type type) {
        var out = new StringBuilder();
        write(out, type, "", 0);
        return out.toString();
    }

    private void write(StringBuilder out, Type type, String name, int depth) {
        Class<?> raw = raw(type);
        if (raw == null || depth > 4) {
            out.append("null");
        } else if (raw.isRecord()) {
            out.append('{');
            RecordComponent[] components = raw.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (i > 0) {
                    out.append(", ");
                }
                out.append('"').append(components[i].getName()).append("\": ");
                write(out, components[i].getGenericType(), components[i].getName(), depth + 1);
            }
            out.append('}');
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : String.class;
            out.append('[');
            write(out, element, singular(name), depth + 1);
            out.append(']');
        } else if (Map.class.isAssignableFrom(raw)) {
            out.append("{}");
        } else if (raw.isEnum()) {
            out.append('"').append(((Enum<?>) raw.getEnumConstants()[0]).name()).append('"');
        } else if (raw == String.class) {
            out.append('"').append(text(name)).append('"');
        } else if (raw == UUID.class) {
            out.append('"').append(id(name)).append('"');
        } else if (raw == LocalDate.class) {
            out.append('"').append(date(name)).append('"');
        } else if (raw == OffsetDateTime.class || raw == Instant.class || raw == LocalDateTime.class) {
            out.append('"').append(world.values.get("now")).append('"');
        } else if (raw == Long.class || raw == long.class) {
            out.append(name.toLowerCase().contains("version") ? STALE_VERSION : 1);
        } else if (raw == Integer.class || raw == int.class || raw == Short.class || raw == short.class) {
            out.append(3);
        } else if (raw == Boolean.class || raw == boolean.class) {
            out.append("true");
        } else if (Number.class.isAssignableFrom(raw)) {
            out.append(1);
        } else {
            out.append("null");
        }
    }

    private String id(String name) {
        String n = name.toLowerCase();
        if (n.contains("person") || n.contains("child") || n.contains("subject")) {
            return world.values.get("child");
        } else if (n.contains("concern")) {
            return world.values.get("concern");
        } else if (n.contains("consent")) {
            return world.values.get("consentId");
        } else if (n.contains("review")) {
            return world.values.get("reviewId");
        } else if (n.contains("function")) {
            return world.values.get("function.fixture");
        } else if (n.contains("unit")) {
            return world.values.get("units/id");
        } else if (n.contains("organisation")) {
            return world.values.get("reporting-organisations/id");
        } else if (n.contains("casemanager") || n.contains("successor") || n.contains("owner")) {
            return world.values.get("staff.cm1");
        } else if (n.contains("officer")) {
            return world.values.get("staff.handlaggare");
        } else if (n.contains("staff")) {
            return world.values.get("staff.cm1");
        }
        return UUID.randomUUID().toString();
    }

    private String date(String name) {
        String n = name.toLowerCase();
        if (n.contains("due")
                || n.contains("until")
                || n.contains("review")
                || n.contains("by")
                || n.contains("to")
                || n.contains("occurs")) {
            return world.values.get("soon");
        }
        return world.values.get("today");
    }

    private static String text(String name) {
        String n = name.toLowerCase();
        if (n.contains("email")) {
            return "matris@sjostad.example";
        } else if (n.contains("year")) {
            return "2026";
        }
        return "Matrisens text";
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    /** The names of the types this builder cannot fill, for the probe's report. */
    static List<String> unfilled(Type type) {
        var names = new ArrayList<String>();
        Class<?> raw = raw(type);
        if (raw != null && raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                if (raw(c.getGenericType()) == null) {
                    names.add(c.getName());
                }
            }
        }
        return names;
    }
}
