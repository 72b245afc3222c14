package se.traden.consultation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A consultation is held without an identity basis, so its text must not identify anyone. Names
 * cannot be recognised reliably by a machine; a Swedish personal identity or co-ordination number
 * can, and it identifies a person on its own, so text that contains something that looks like one
 * is refused.
 *
 * <p>Recognised: {@code YYMMDD-NNNN} and {@code YYMMDD+NNNN} (a space as separator too),
 * {@code YYYYMMDD-NNNN} and {@code YYYYMMDDNNNN}; days 61–91 are co-ordination numbers. Ten digits
 * without a separator are refused only when their check digit holds, so that a phone number such as
 * 0701234567 may still be written.
 */
final class DeIdentifiedTextPolicy {
    private static final String MONTH = "(?:0[1-9]|1[0-2])";
    private static final String DAY = "(?:0[1-9]|[12][0-9]|3[01]|6[1-9]|[78][0-9]|9[01])";
    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])(?:"
            + "(?:19|20)[0-9]{2}" + MONTH + DAY + "[-+ ]?[0-9]{4}"
            + "|[0-9]{2}" + MONTH + DAY + "(?<separator>[-+ ]?)[0-9]{4}"
            + ")(?![0-9])");

    private DeIdentifiedTextPolicy() {}

    /** Whether the text contains something that looks like a personal identity number. */
    static boolean containsIdentityNumber(String text) {
        if (text == null) {
            return false;
        }
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String separator = m.group("separator");
            boolean tenDigitsTogether = separator != null && separator.isEmpty();
            if (!tenDigitsTogether || luhn(m.group())) {
                return true;
            }
        }
        return false;
    }

    /** The check digit of a ten-digit personal identity number (the Luhn algorithm). */
    static boolean luhn(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int digit = tenDigits.charAt(i) - '0';
            int weighted = i % 2 == 0 ? digit * 2 : digit;
            sum += weighted > 9 ? weighted - 9 : weighted;
        }
        return sum % 10 == 0;
    }
}
