package se.traden.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import se.traden.casework.CaseStatus;
import se.traden.casework.CollaborationCase;
import se.traden.casework.Phase;
import se.traden.consent.Consent;
import se.traden.intake.ProblemArea;
import se.traden.plan.PlanContent;

/**
 * What the generator keeps of one child's case while its story runs: the case as last seen, the plan as
 * last revised, the consent, the investigation, and the round the story is in ({@code round} grows on
 * each re-engagement, so that the rhythms of an earlier round stop).
 */
final class CaseFile {
    final UUID id;
    final UUID personId;
    final String reference;
    final Instant openedAt;
    final Set<ProblemArea> areas;
    Staffer caseManager;
    long version;
    CaseStatus status;
    Phase phase;
    boolean intensive;
    int round;
    int planNumber;
    PlanContent plan = PlanContent.EMPTY;
    Consent consent;
    UUID investigationId;
    long investigationVersion;
    LocalDate lastCheckIn;
    LocalDate maintainUntil;
    boolean moving;

    CaseFile(CollaborationCase opened, Staffer caseManager, Set<ProblemArea> areas) {
        this.id = opened.id();
        this.personId = opened.personId();
        this.reference = opened.reference();
        this.openedAt = opened.openedAt();
        this.caseManager = caseManager;
        this.areas = areas.isEmpty() ? EnumSet.noneOf(ProblemArea.class) : EnumSet.copyOf(areas);
        seen(opened);
    }

    /** Takes over the state of the case as a command answered it. */
    void seen(CollaborationCase c) {
        version = c.version();
        status = c.status();
        phase = c.phase();
        intensive = c.intensive();
        maintainUntil = c.maintenanceUntil();
    }

    boolean active() {
        return status == CaseStatus.ACTIVE;
    }

    boolean open() {
        return status != CaseStatus.CLOSED;
    }
}
