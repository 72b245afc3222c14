package se.traden.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.traden.shared.FieldViolation;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;

/**
 * A case of structured individual collaboration around one child.
 *
 * <p>Its life: it <em>opens</em> when the individual coordinator activates a concern, held by the
 * assigned case manager, in the exploring phase at full intensity. The case manager <em>moves it
 * between phases</em> (exploring, change, maintenance — back as well as forward) with a reason each
 * time, and may <em>raise or ease its intensity</em> without restarting it. It <em>closes</em> only when
 * the plan's goals are evaluated and a plan for handling difficulties exists; the case manager may stay
 * as a <em>maintaining contact</em> until a chosen date, after which the maintenance <em>ends</em>. When
 * a new worry arrives about the child, the case is <em>re-engaged</em>: the same case, the same
 * history, with its previous case manager — or, when that person no longer holds a case manager
 * function, it <em>needs a case manager</em> until the coordinator <em>reassigns</em> it.
 */
public final class CollaborationCase {
    private final UUID id;
    private final UUID municipalityId;
    private final String reference;
    private final UUID personId;
    private final UUID originConcernId;
    private UUID caseManagerStaffId;
    private final Instant openedAt;
    private CaseStatus status;
    private Phase phase;
    private boolean intensive;
    private LocalDate maintenanceUntil;
    private Instant closedAt;
    private boolean escalatedToGroupManager;
    private boolean needsCaseManager;
    private final long version;
    private final List<CaseEvent> newEvents = new ArrayList<>();

    /** Who acts on a case, in which function, when. */
    public record By(UUID staffId, FunctionType function, Instant at) {}

    CollaborationCase(
            UUID id,
            UUID municipalityId,
            String reference,
            UUID personId,
            UUID originConcernId,
            UUID caseManagerStaffId,
            Instant openedAt,
            CaseStatus status,
            Phase phase,
            boolean intensive,
            LocalDate maintenanceUntil,
            Instant closedAt,
            boolean escalatedToGroupManager,
            boolean needsCaseManager,
            long version) {
        this.id = id;
        this.municipalityId = municipalityId;
        this.reference = reference;
        this.personId = personId;
        this.originConcernId = originConcernId;
        this.caseManagerStaffId = caseManagerStaffId;
        this.openedAt = openedAt;
        this.status = status;
        this.phase = phase;
        this.intensive = intensive;
        this.maintenanceUntil = maintenanceUntil;
        this.closedAt = closedAt;
        this.escalatedToGroupManager = escalatedToGroupManager;
        this.needsCaseManager = needsCaseManager;
        this.version = version;
    }

    /** The coordinator's activation opens the case. */
    public static CollaborationCase open(
            UUID municipalityId,
            String reference,
            UUID personId,
            UUID concernId,
            UUID caseManager,
            String reason,
            By by) {
        if (personId == null || caseManager == null || concernId == null) {
            throw new IllegalArgumentException("a case opens for an identified child with a case manager");
        }
        var opened = new CollaborationCase(
                UUID.randomUUID(),
                municipalityId,
                reference,
                personId,
                concernId,
                caseManager,
                by.at(),
                CaseStatus.ACTIVE,
                Phase.EXPLORING,
                true,
                null,
                null,
                false,
                false,
                0);
        opened.record(
                "OPENED",
                by,
                reason,
                Map.of("caseManagerId", caseManager.toString(), "concernId", concernId.toString()));
        return opened;
    }

    public void movePhase(Phase to, String reason, By by) {
        requireActive();
        List<FieldViolation> violations = new ArrayList<>();
        if (to == null) {
            violations.add(FieldViolation.of("phase", "required"));
        }
        if (blank(reason)) {
            violations.add(FieldViolation.of("reason", "case.reason-required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (to == phase) {
            throw new RuleViolationException("case.already-in-phase", "phase", null);
        }
        Phase from = phase;
        phase = to;
        record("PHASE_CHANGED", by, reason.strip(), Map.of("from", from.name(), "to", to.name()));
    }

    /** Intensity up (or down) without restarting the case. */
    public void setIntensity(boolean intensive, String reason, By by) {
        requireActive();
        if (blank(reason)) {
            throw InvalidInputException.of("reason", "case.reason-required");
        }
        if (this.intensive == intensive) {
            throw new RuleViolationException("case.intensity-unchanged", "intensive", null);
        }
        this.intensive = intensive;
        record(intensive ? "INTENSITY_RAISED" : "INTENSITY_EASED", by, reason.strip(), Map.of());
    }

    /**
     * Closes structured collaboration. Allowed only when the plan's goals are evaluated and a plan for
     * handling difficulties exists. With a date, the case manager stays as a maintaining contact until
     * then.
     */
    public void close(ClosureReadiness readiness, LocalDate maintainUntil, String reason, By by) {
        requireActive();
        List<FieldViolation> violations = new ArrayList<>();
        if (!readiness.goalsEvaluated()) {
            violations.add(FieldViolation.of("goals", "case.goals-not-evaluated"));
        }
        if (!readiness.difficultiesPlanExists()) {
            violations.add(FieldViolation.of("difficultiesPlan", "case.difficulties-plan-missing"));
        }
        if (blank(reason)) {
            violations.add(FieldViolation.of("reason", "case.reason-required"));
        }
        LocalDate today = LocalDate.ofInstant(by.at(), java.time.ZoneId.of("Europe/Stockholm"));
        if (maintainUntil != null && !maintainUntil.isAfter(today)) {
            violations.add(FieldViolation.of("maintainUntil", "case.maintenance-date-in-past"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (maintainUntil != null) {
            status = CaseStatus.MAINTENANCE;
            maintenanceUntil = maintainUntil;
            details.put("maintainUntil", maintainUntil.toString());
        } else {
            status = CaseStatus.CLOSED;
            closedAt = by.at();
        }
        record("CLOSED", by, reason.strip(), details);
    }

    /** The maintaining contact ends: the case is closed. */
    public void endMaintenance(String reason, By by) {
        if (status != CaseStatus.MAINTENANCE) {
            throw new RuleViolationException("case.not-in-maintenance", null, null);
        }
        status = CaseStatus.CLOSED;
        closedAt = by.at();
        maintenanceUntil = null;
        record("MAINTENANCE_ENDED", by, blank(reason) ? null : reason.strip(), Map.of());
    }

    /**
     * A new worry about the child: the same case opens again, with its history, at full intensity.
     * Without a new intake.
     */
    public void reengage(UUID concernId, String worry, By by) {
        reengage(concernId, worry, true, by);
    }

    /**
     * A new worry about the child reopens the case with its previous case manager; when that person no
     * longer holds a case manager function, the case waits for the coordinator to assign a new one.
     */
    public void reengage(UUID concernId, String worry, boolean caseManagerStillServes, By by) {
        if (status == CaseStatus.ACTIVE) {
            throw new RuleViolationException("case.already-active", null, null);
        }
        if (blank(worry)) {
            throw InvalidInputException.of("worry", "required");
        }
        status = CaseStatus.ACTIVE;
        intensive = true;
        closedAt = null;
        maintenanceUntil = null;
        needsCaseManager = !caseManagerStillServes;
        Map<String, Object> details = new LinkedHashMap<>();
        if (concernId != null) {
            details.put("concernId", concernId.toString());
        }
        details.put("caseManagerId", caseManagerStaffId.toString());
        if (needsCaseManager) {
            details.put("caseManagerLeft", true);
        }
        record("REENGAGED", by, worry.strip(), details);
    }

    /** The coordinator assigns another case manager (the previous one has left, or for another reason). */
    public void reassign(UUID caseManager, String reason, By by) {
        if (by.function() != FunctionType.INDIVIDUAL_COORDINATOR) {
            throw new se.traden.shared.NotPermittedException("case.only-ic-assigns");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (caseManager == null) {
            violations.add(FieldViolation.of("caseManagerId", "case.case-manager-required"));
        }
        if (blank(reason)) {
            violations.add(FieldViolation.of("reason", "case.reason-required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        UUID previous = caseManagerStaffId;
        caseManagerStaffId = caseManager;
        needsCaseManager = false;
        record("REASSIGNED", by, reason.strip(), Map.of("from", previous.toString(), "to", caseManager.toString()));
    }

    /**
     * The case manager leaves or goes on leave: the case passes to a successor in a handover of all their
     * open work, done by the group manager or the administrator.
     */
    public void handOver(UUID successor, String reason, By by) {
        if (successor == null) {
            throw InvalidInputException.of("successorId", "case.case-manager-required");
        }
        if (blank(reason)) {
            throw InvalidInputException.of("reason", "case.reason-required");
        }
        UUID previous = caseManagerStaffId;
        caseManagerStaffId = successor;
        needsCaseManager = false;
        record(
                "REASSIGNED",
                by,
                reason.strip(),
                Map.of("from", previous.toString(), "to", successor.toString(), "handover", true));
    }

    /** A disagreement reached the group manager: from now on they may read the case's content. */
    public void escalateToGroupManager(String reason, By by) {
        if (blank(reason)) {
            throw InvalidInputException.of("reason", "case.reason-required");
        }
        escalatedToGroupManager = true;
        record("ESCALATED_TO_GROUP_MANAGER", by, reason.strip(), Map.of());
    }

    /** Appends a line to the history for work kept by other modules (a contact, a plan revision). */
    public void note(String type, String reason, Map<String, Object> details, By by) {
        record(type, by, reason, details);
    }

    private void requireActive() {
        if (status != CaseStatus.ACTIVE) {
            throw new RuleViolationException("case.not-active", null, null, status.name());
        }
    }

    private void record(String type, By by, String reason, Map<String, Object> details) {
        newEvents.add(new CaseEvent(
                type,
                by.at(),
                by.staffId(),
                by.function() == null ? null : by.function().name(),
                reason,
                details));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    List<CaseEvent> newEvents() {
        return List.copyOf(newEvents);
    }

    public UUID id() {
        return id;
    }

    public UUID municipalityId() {
        return municipalityId;
    }

    public String reference() {
        return reference;
    }

    public UUID personId() {
        return personId;
    }

    public UUID originConcernId() {
        return originConcernId;
    }

    public UUID caseManagerStaffId() {
        return caseManagerStaffId;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public CaseStatus status() {
        return status;
    }

    public Phase phase() {
        return phase;
    }

    public boolean intensive() {
        return intensive;
    }

    public LocalDate maintenanceUntil() {
        return maintenanceUntil;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public boolean escalatedToGroupManager() {
        return escalatedToGroupManager;
    }

    /** Re-engaged after its case manager left: the coordinator must assign a new one. */
    public boolean needsCaseManager() {
        return needsCaseManager;
    }

    public long version() {
        return version;
    }
}
