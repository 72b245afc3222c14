package se.traden.collaboration;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A case whose check-in is overdue, as the coordinator or the group manager sees it in the list. The
 * group manager sees no child's name.
 */
public record OverdueCheckIn(
        UUID caseId,
        String reference,
        String childName,
        String caseManagerName,
        LocalDate lastCheckIn,
        LocalDate dueOn,
        int cadenceDays,
        int daysOverdue) {}
