package se.traden.organisation;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A staff member as the administrator records them: name, work email and phone, and the competence
 * tags (free words such as "kriminalitet" or "arabiska") that the individual coordinator weighs when
 * choosing a case manager.
 */
record StaffDetails(String name, String email, String phone, Set<String> competenceTags) {
    static final int MAX_TAGS = 30;
    static final int TAG_LENGTH = 60;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]{4,24}");
    private static final Locale SWEDISH = Locale.of("sv", "SE");

    StaffDetails {
        name = Violations.clean(name);
        email = Violations.clean(email);
        phone = Violations.clean(phone);
        competenceTags = normalise(competenceTags == null ? Set.of() : competenceTags);
        var violations = new Violations()
                .required("name", name)
                .maxLength("name", name, Violations.NAME_LENGTH)
                .maxLength("email", email, Violations.NAME_LENGTH)
                .maxLength("phone", phone, 30);
        if (email != null && !EMAIL.matcher(email).matches()) {
            violations.add("email", "organisation.email-invalid");
        }
        if (phone != null && !violations.has("phone") && !PHONE.matcher(phone).matches()) {
            violations.add("phone", "organisation.phone-invalid");
        }
        if (competenceTags.size() > MAX_TAGS) {
            violations.add("competenceTags", "organisation.too-many-tags", MAX_TAGS);
        }
        if (competenceTags.stream().anyMatch(tag -> tag.length() > TAG_LENGTH)) {
            violations.add("competenceTags", "organisation.tag-too-long", TAG_LENGTH);
        }
        violations.throwIfAny();
    }

    /** Tags are compared as lower-case words, so "Arabiska" and "arabiska " are one tag. */
    static Set<String> normalise(Collection<String> tags) {
        var normalised = new TreeSet<String>();
        for (String tag : tags) {
            String clean = Violations.clean(tag);
            if (clean != null) {
                normalised.add(clean.toLowerCase(SWEDISH).replaceAll("\\s+", " "));
            }
        }
        return java.util.Collections.unmodifiableSortedSet(normalised);
    }

    /** Tags as written in one text field, separated by commas. */
    static Set<String> fromText(String text) {
        return text == null ? Set.of() : normalise(java.util.List.of(text.split(",")));
    }
}
