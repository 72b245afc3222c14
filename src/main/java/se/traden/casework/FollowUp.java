package se.traden.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;

/**
 * A sparse follow-up while the case manager stays as a maintaining contact after closure: a call every
 * other month, a check at a turning point of the year.
 *
 * <p>Its life: it is <em>scheduled</em> on a case kept as a maintaining contact, for a day no later
 * than the day the contact ends, with what is to be done. As its day comes near it becomes <em>due</em>
 * and the case manager is reminded; after the day it is <em>overdue</em>. It is <em>recorded as
 * done</em>, with a short note, once.
 */
public final class FollowUp {
    static final int TEXT_LIMIT = 1000;

    private final UUID id;
    private final UUID municipalityId;
    private final UUID caseId;
    private final LocalDate dueOn;
    private final String what;
    private final Instant scheduledAt;
    private final UUID scheduledByStaffId;
    private Instant doneAt;
    private UUID doneByStaffId;
    private String doneNote;
    private final long version;

    FollowUp(
            UUID id,
            UUID municipalityId,
            UUID caseId,
            LocalDate dueOn,
            String what,
            Instant scheduledAt,
            UUID scheduledByStaffId,
            Instant doneAt,
            UUID doneByStaffId,
            String doneNote,
            long version) {
        this.id = id;
        this.municipalityId = municipalityId;
        this.caseId = caseId;
        this.dueOn = dueOn;
        this.what = what;
        this.scheduledAt = scheduledAt;
        this.scheduledByStaffId = scheduledByStaffId;
        this.doneAt = doneAt;
        this.doneByStaffId = doneByStaffId;
        this.doneNote = doneNote;
        this.version = version;
    }

    /** Schedules a follow-up within the maintaining contact; every broken rule is named at once. */
    static FollowUp schedule(
            CollaborationCase c, LocalDate dueOn, String what, LocalDate today, CollaborationCase.By by) {
        if (c.status() != CaseStatus.MAINTENANCE) {
            throw new RuleViolationException("case.follow-up-needs-maintenance", null, null);
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (dueOn == null) {
            violations.add(FieldViolation.of("dueOn", "case.follow-up-date-required"));
        } else if (dueOn.isBefore(today)) {
            violations.add(FieldViolation.of("dueOn", "case.follow-up-date-in-past"));
        } else if (c.maintenanceUntil() != null && dueOn.isAfter(c.maintenanceUntil())) {
            violations.add(FieldViolation.of(
                    "dueOn",
                    "case.follow-up-after-maintenance",
                    c.maintenanceUntil().toString()));
        }
        if (what == null || what.isBlank()) {
            violations.add(FieldViolation.of("what", "case.follow-up-what-required"));
        } else if (what.strip().length() > TEXT_LIMIT) {
            violations.add(FieldViolation.of("what", "too-long", TEXT_LIMIT));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new FollowUp(
                UUID.randomUUID(),
                c.municipalityId(),
                c.id(),
                dueOn,
                what.strip(),
                by.at(),
                by.staffId(),
                null,
                null,
                null,
                0);
    }

    /** The follow-up took place. Recorded once; the note says briefly how it went. */
    void recordDone(String note, CollaborationCase.By by) {
        if (done()) {
            throw new RuleViolationException("case.follow-up-already-done", null, null);
        }
        if (note != null && note.strip().length() > TEXT_LIMIT) {
            throw InvalidInputException.of("note", "too-long", TEXT_LIMIT);
        }
        doneAt = by.at();
        doneByStaffId = by.staffId();
        doneNote = note == null || note.isBlank() ? null : note.strip();
    }

    /**
     * Where it stands on the day, on a case with the given status: due from the given number of days
     * before its day; no longer current once the maintaining contact has ended.
     */
    public FollowUpState stateOn(LocalDate today, int remindDaysBefore, CaseStatus caseStatus) {
        if (done()) {
            return FollowUpState.DONE;
        }
        if (caseStatus != CaseStatus.MAINTENANCE) {
            return FollowUpState.LAPSED;
        }
        if (today.isAfter(dueOn)) {
            return FollowUpState.OVERDUE;
        }
        if (!today.isBefore(dueOn.minusDays(remindDaysBefore))) {
            return FollowUpState.DUE;
        }
        return FollowUpState.UPCOMING;
    }

    Map<String, Object> historyDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dueOn", dueOn.toString());
        details.put("followUpId", id.toString());
        return details;
    }

    public boolean done() {
        return doneAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID municipalityId() {
        return municipalityId;
    }

    public UUID caseId() {
        return caseId;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String what() {
        return what;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public UUID scheduledByStaffId() {
        return scheduledByStaffId;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public UUID doneByStaffId() {
        return doneByStaffId;
    }

    public String doneNote() {
        return doneNote;
    }

    public long version() {
        return version;
    }
}
