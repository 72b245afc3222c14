package se.traden.people;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts about the operation (deviations, risks, steering and quality reports) describe the process, never a
 * person. Names cannot be recognised reliably by a
 * machine, but a Swedish personal identity or co-ordination number can, and it identifies someone on its
 * own: a text that contains one is refused.
 *
 * <p>A candidate is six or eight digits of a date, an optional separator ({@code -}, {@code +} or a
 * space) and four digits. It is refused when {@link PersonalIdentityNumber} reads it as a valid number,
 * and also, with a separator or in the twelve-digit form, when only its check digit or century is wrong:
 * a mistyped number still points at someone. Ten digits written together pass when they are not a valid
 * number, so that a telephone number such as 0701234567 may be written.
 */
public final class PersonalNumbersInText {
    private static final Pattern CANDIDATE =
            Pattern.compile("(?<![0-9])(?<date>(?:19|20)?[0-9]{6})(?<sep>[-+ ]?)(?<serial>[0-9]{4})(?![0-9])");
    private static final Pattern DATE_PART =
            Pattern.compile("(?:[0-9]{2})?[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]|6[1-9]|[78][0-9]|9[01])");

    private PersonalNumbersInText() {}

    /** Whether the text contains what looks like a personal identity number, read on the given day. */
    public static boolean foundIn(String text, LocalDate today) {
        if (text == null) {
            return false;
        }
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String date = m.group("date");
            String sep = m.group("sep");
            String typed = date + ("+".equals(sep) ? "+" : sep.isEmpty() ? "" : "-") + m.group("serial");
            try {
                PersonalIdentityNumber.parse(typed, today);
                return true;
            } catch (InvalidPersonalIdentityNumberException e) {
                boolean writtenAsNumber = !sep.isEmpty() || date.length() == 8;
                if (writtenAsNumber && DATE_PART.matcher(date).matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}
