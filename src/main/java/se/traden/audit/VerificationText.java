package se.traden.audit;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The result of a verification in words: "intact, N entries checked" or where and how it is broken. */
final class VerificationText {
    private VerificationText() {}

    static String of(AccessLogVerification result, MessageSource messages, Locale locale) {
        if (result.isIntact()) {
            return messages.getMessage("audit.verification.intact", new Object[] {result.entriesChecked()}, locale);
        }
        String problem = messages.getMessage("audit.verification.problem." + result.problem(), null, locale);
        return result.brokenEntryId() == null
                ? messages.getMessage(
                        "audit.verification.broken-at-end", new Object[] {result.firstBrokenSeq(), problem}, locale)
                : messages.getMessage(
                        "audit.verification.broken",
                        new Object[] {result.firstBrokenSeq(), result.brokenEntryId(), problem},
                        locale);
    }
}
