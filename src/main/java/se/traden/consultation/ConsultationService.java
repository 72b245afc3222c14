package se.traden.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.intake.ProblemArea;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.Actor;
import se.traden.shared.FunctionType;
import se.traden.shared.RecordRef;

/**
 * Consultations of the coordinator and the intake unit. They hold no personal data, so reading them is
 * not logged; refusals are, and so is every consultation written, so that the log shows who recorded
 * advice.
 */
@Service
class ConsultationService {
    /** The functions that give advice on situations and record it. */
    static final FunctionType[] ADVISERS = {FunctionType.INDIVIDUAL_COORDINATOR, FunctionType.INTAKE_UNIT};

    private final Consultations consultations;
    private final AccessGuard guard;
    private final Clock clock;

    ConsultationService(Consultations consultations, AccessGuard guard, Clock clock) {
        this.consultations = consultations;
        this.guard = guard;
        this.clock = clock;
    }

    /** The input of a consultation, from the form or the API. */
    record RecordConsultation(
            LocalDate heldOn,
            AskerKind askerKind,
            String askerFunction,
            Set<ProblemArea> problemAreas,
            String situation,
            String advice,
            Boolean mayLeadToConcern) {}

    @Transactional
    Consultation record(RecordConsultation input) {
        Actor actor = guard.actor();
        FunctionType actingAs = guard.check(AccessAction.CREATE, RecordRef.of("consultation", null), ADVISERS);
        var consultation = Consultation.record(
                actor.municipalityId().value(),
                input.heldOn(),
                input.askerKind(),
                input.askerFunction(),
                input.problemAreas(),
                input.situation(),
                input.advice(),
                input.mayLeadToConcern(),
                LocalDate.now(clock),
                new Consultation.Recorded(actor.staffId().value(), actingAs, clock.instant()));
        consultations.insert(consultation);
        guard.logAccess(actingAs, AccessAction.CREATE, RecordRef.of("consultation", consultation.id()));
        return consultation;
    }

    @Transactional(readOnly = true)
    List<Consultation> recent() {
        Actor actor = guard.actor();
        guard.check(AccessAction.SEARCH, RecordRef.of("consultation-list", null), ADVISERS);
        return consultations.recent(actor.municipalityId().value(), 200);
    }

    @Transactional(readOnly = true)
    Consultation read(UUID id) {
        Actor actor = guard.actor();
        guard.check(AccessAction.READ, RecordRef.of("consultation", id), ADVISERS);
        return consultations
                .find(actor.municipalityId().value(), id)
                .orElseThrow(() -> guard.notFound(AccessAction.READ, RecordRef.of("consultation", id)));
    }

    /** Refuses, and logs the refusal, when the acting person may not record consultations. */
    void checkMayRecord() {
        guard.check(AccessAction.CREATE, RecordRef.of("consultation", null), ADVISERS);
    }
}
