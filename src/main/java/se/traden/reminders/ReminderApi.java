package se.traden.reminders;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Deadlines and reminders over HTTP: the same lists as the pages, in JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Deadlines and reminders", description = "Open deadlines of concerns, and reminders of those slipping")
class ReminderApi {
    private final DeadlineList deadlines;
    private final ReminderService reminders;

    ReminderApi(DeadlineList deadlines, ReminderService reminders) {
        this.deadlines = deadlines;
        this.reminders = reminders;
    }

    record DeadlineJson(
            UUID concernId,
            String reference,
            boolean urgent,
            String status,
            String route,
            String subjectName,
            String kind,
            Instant dueAt,
            String state,
            boolean handedOver,
            Instant handedOverAt) {}

    record ReminderJson(
            UUID id,
            UUID concernId,
            String concernReference,
            String kind,
            String state,
            Instant dueAt,
            String addressedTo,
            Instant createdAt,
            Instant readAt) {}

    @GetMapping("/deadlines")
    @Operation(summary = "Every open deadline of open concerns the acting function follows, overdue first")
    List<DeadlineJson> deadlines() {
        return deadlines.rows().stream()
                .map(row -> new DeadlineJson(
                        row.concernId(),
                        row.reference(),
                        row.urgent(),
                        row.status().name(),
                        row.route(),
                        row.subjectName(),
                        row.kind().name(),
                        row.dueAt(),
                        row.state().name(),
                        row.handedOver(),
                        row.handedOverAt()))
                .toList();
    }

    @GetMapping("/reminders")
    @Operation(summary = "The acting function's reminders that still matter, unread first")
    List<ReminderJson> reminders() {
        return reminders.mine().stream().map(ReminderApi::json).toList();
    }

    @PostMapping("/reminders/{id}/read")
    @Operation(summary = "Mark a reminder read (doing it again changes nothing)")
    ReminderJson markRead(@PathVariable UUID id) {
        return json(reminders.markRead(id));
    }

    private static ReminderJson json(Reminder r) {
        return new ReminderJson(
                r.id(),
                r.concernId(),
                r.concernReference(),
                r.kind().name(),
                r.state().name(),
                r.dueAt(),
                r.addressedTo().name(),
                r.createdAt(),
                r.readAt());
    }
}
