package se.traden.audit;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The log review over JSON. {@code GET /entries} takes the page's query parameters ({@code personId,
 * username, staffId, recordType, recordId, from, to, outcome=ALL|ALLOWED|DENIED, function, after,
 * limit}) and answers newest first; {@code next} is the {@code after} of the following page.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {
    private final AccessLogReview review;
    private final MessageSource messages;

    AuditApi(AccessLogReview review, MessageSource messages) {
        this.review = review;
        this.messages = messages;
    }

    @GetMapping("/entries")
    Entries entries(@ModelAttribute SearchForm search) {
        AccessLogPage page = review.search(search.toQuery());
        ZoneId zone = review.zone();
        return new Entries(
                page.lines().stream().map(line -> Entry.of(line, zone)).toList(),
                page.hasNext() ? page.next().encode() : null);
    }

    @PostMapping("/verification")
    Verification verify(Locale locale) {
        AccessLogVerification result = review.verify();
        return new Verification(
                result.entriesChecked(),
                result.isIntact(),
                result.firstBrokenSeq(),
                result.brokenEntryId(),
                result.problem(),
                VerificationText.of(result, messages, locale));
    }

    record Entries(List<Entry> entries, String next) {}

    record Entry(
            long id,
            long seq,
            OffsetDateTime occurredAt,
            UUID staffId,
            String staffName,
            String username,
            String actingFunction,
            String action,
            String recordType,
            String recordId,
            UUID personId,
            String outcome,
            String reason) {

        static Entry of(AccessLogLine line, ZoneId zone) {
            return new Entry(
                    line.id(),
                    line.seq(),
                    line.occurredAt().atZone(zone).toOffsetDateTime(),
                    line.staffId(),
                    line.staffName(),
                    line.username(),
                    line.actingFunction(),
                    line.action(),
                    line.recordType(),
                    line.recordId(),
                    line.personId(),
                    line.outcome(),
                    line.reason());
        }
    }

    record Verification(
            long entriesChecked,
            boolean intact,
            Long firstBrokenSeq,
            Long firstBrokenId,
            String problem,
            String message) {}
}
