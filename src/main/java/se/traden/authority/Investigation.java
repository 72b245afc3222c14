package se.traden.authority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.traden.shared.RuleViolationException;

/**
 * The social-services investigation that runs in parallel with a case, as the case records it.
 *
 * <p>Its life: the case manager (or the coordinator) <em>links</em> it to the case with its case officer,
 * the day it was opened and its status; from then on its <em>status moves forward</em> (opened, ongoing,
 * decided, closed with or without an intervention) with the day of each move, and the <em>case officer
 * can change</em>. Decisions are kept beside it. The investigation itself, and every decision in it,
 * stays with the case officer: the case only keeps track, so that the case manager can bridge the two.
 * The linked case officer may read this investigation and the case manager's feedback on it, and nothing
 * else of the case.
 */
public final class Investigation {
    private final UUID id;
    private final UUID municipalityId;
    private final UUID caseId;
    private final String diaryNumber;
    private InvestigationStatus status;
    private UUID caseOfficerStaffId;
    private final LocalDate openedOn;
    private LocalDate statusOn;
    private LocalDate closedOn;
    private final long version;
    private final List<Event> newEvents = new ArrayList<>();

    /** A line of the investigation's history as the case keeps it. */
    record Event(String type, LocalDate onDate, String text, By by) {}

    Investigation(
            UUID id,
            UUID municipalityId,
            UUID caseId,
            String diaryNumber,
            InvestigationStatus status,
            UUID caseOfficerStaffId,
            LocalDate openedOn,
            LocalDate statusOn,
            LocalDate closedOn,
            long version) {
        this.id = id;
        this.municipalityId = municipalityId;
        this.caseId = caseId;
        this.diaryNumber = diaryNumber;
        this.status = status;
        this.caseOfficerStaffId = caseOfficerStaffId;
        this.openedOn = openedOn;
        this.statusOn = statusOn;
        this.closedOn = closedOn;
        this.version = version;
    }

    record Link(
            String diaryNumber,
            UUID caseOfficerId,
            LocalDate openedOn,
            InvestigationStatus status,
            LocalDate statusOn) {}

    /**
     * Links an investigation to the case. The case officer is checked by the caller (they must hold the
     * case officer function); the days may not lie in the future, and the status day not before opening.
     */
    static Investigation link(UUID municipalityId, UUID caseId, Link input, LocalDate today, By by) {
        var v = new Violations();
        String diary = v.optional("diaryNumber", input.diaryNumber(), Violations.SHORT);
        UUID officer = v.required("caseOfficerId", input.caseOfficerId());
        LocalDate opened = v.required("openedOn", input.openedOn());
        if (opened != null && opened.isAfter(today)) {
            v.add("openedOn", "investigation.date-in-future");
        }
        InvestigationStatus status = input.status() == null ? InvestigationStatus.OPENED : input.status();
        LocalDate statusOn = input.statusOn() == null ? opened : input.statusOn();
        if (statusOn != null && statusOn.isAfter(today)) {
            v.add("statusOn", "investigation.date-in-future");
        } else if (statusOn != null && opened != null && statusOn.isBefore(opened)) {
            v.add("statusOn", "investigation.status-before-opening");
        }
        v.throwIfAny();
        var linked = new Investigation(
                UUID.randomUUID(),
                municipalityId,
                caseId,
                diary,
                status,
                officer,
                opened,
                statusOn,
                status.closed() ? statusOn : null,
                0);
        linked.newEvents.add(new Event("LINKED", opened, status.name(), by));
        return linked;
    }

    /** The status moves forward, on a day not before the current status and not in the future. */
    void moveTo(InvestigationStatus to, LocalDate on, String note, LocalDate today, By by) {
        var v = new Violations();
        v.required("status", to);
        v.required("on", on);
        String text = v.optional("note", note, Violations.NOTE);
        if (on != null && on.isAfter(today)) {
            v.add("on", "investigation.date-in-future");
        } else if (on != null && on.isBefore(statusOn)) {
            v.add("on", "investigation.before-current-status", statusOn.toString());
        }
        v.throwIfAny();
        if (!status.mayMoveTo(to)) {
            throw new RuleViolationException(
                    "investigation.status-backwards", "status", null, status.name(), to.name());
        }
        status = to;
        statusOn = on;
        if (to.closed()) {
            closedOn = on;
        }
        newEvents.add(new Event("STATUS_" + to.name(), on, text, by));
    }

    /** Another case officer takes over the investigation (checked by the caller to hold the function). */
    void handOverTo(UUID caseOfficer, By by) {
        if (caseOfficer == null) {
            throw se.traden.shared.InvalidInputException.of("caseOfficerId", "required");
        }
        if (caseOfficer.equals(caseOfficerStaffId)) {
            throw new RuleViolationException("investigation.same-case-officer", "caseOfficerId", null);
        }
        caseOfficerStaffId = caseOfficer;
        newEvents.add(new Event("CASE_OFFICER_CHANGED", null, caseOfficer.toString(), by));
    }

    List<Event> newEvents() {
        return List.copyOf(newEvents);
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

    public String diaryNumber() {
        return diaryNumber;
    }

    public InvestigationStatus status() {
        return status;
    }

    public UUID caseOfficerStaffId() {
        return caseOfficerStaffId;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public LocalDate statusOn() {
        return statusOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public long version() {
        return version;
    }
}
