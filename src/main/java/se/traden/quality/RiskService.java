package se.traden.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.Actor;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FunctionType;
import se.traden.shared.RecordRef;

/**
 * The risk analysis of the operation. It holds no personal data, so reading is not written to the access
 * log (refusals are); every change is, so that the log shows who judged a risk.
 */
@Service
class RiskService {
    static final String RECORD = "operational-risk";

    private final Risks risks;
    private final AccessGuard guard;
    private final Clock clock;

    RiskService(Risks risks, AccessGuard guard, Clock clock) {
        this.risks = risks;
        this.guard = guard;
        this.clock = clock;
    }

    /** The risks with their matrix, and whether the reader may change them. */
    record RiskRegister(List<OperationalRisk> risks, RiskMatrix matrix, boolean editable, LocalDate today) {}

    @Transactional(readOnly = true)
    RiskRegister register() {
        Actor actor = guard.actor();
        guard.check(AccessAction.SEARCH, RecordRef.of("operational-risk-register", null), QualityPolicy.RISK_READ);
        var all = risks.all(actor.municipalityId().value());
        boolean editable = actor.actingAs(QualityPolicy.RISK_EDIT).isPresent();
        return new RiskRegister(all, RiskMatrix.of(all), editable, LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    OperationalRisk read(UUID id) {
        Actor actor = guard.actor();
        guard.check(AccessAction.READ, RecordRef.of(RECORD, id), QualityPolicy.RISK_READ);
        return risks.find(actor.municipalityId().value(), id)
                .orElseThrow(() -> guard.notFound(AccessAction.READ, RecordRef.of(RECORD, id)));
    }

    /** A risk as its editor starts from; refuses readers who may not edit. */
    @Transactional(readOnly = true)
    OperationalRisk forEdit(UUID id) {
        Actor actor = guard.actor();
        guard.check(AccessAction.UPDATE, RecordRef.of(RECORD, id), QualityPolicy.RISK_EDIT);
        return risks.find(actor.municipalityId().value(), id)
                .orElseThrow(() -> guard.notFound(AccessAction.UPDATE, RecordRef.of(RECORD, id)));
    }

    /** Refuses, and logs the refusal, when the acting person may not identify risks. */
    void checkMayEdit() {
        guard.check(AccessAction.CREATE, RecordRef.of(RECORD, null), QualityPolicy.RISK_EDIT);
    }

    @Transactional
    OperationalRisk identify(OperationalRisk.Assessment assessment) {
        Actor actor = guard.actor();
        FunctionType actingAs = guard.check(AccessAction.CREATE, RecordRef.of(RECORD, null), QualityPolicy.RISK_EDIT);
        OperationalRisk risk = OperationalRisk.identify(actor.municipalityId().value(), assessment, by(actingAs));
        risks.insert(risk);
        guard.logAccess(actingAs, AccessAction.CREATE, RecordRef.of(RECORD, risk.id()));
        return risk;
    }

    @Transactional
    OperationalRisk reassess(UUID id, long version, OperationalRisk.Assessment assessment) {
        Actor actor = guard.actor();
        RecordRef ref = RecordRef.of(RECORD, id);
        FunctionType actingAs = guard.check(AccessAction.UPDATE, ref, QualityPolicy.RISK_EDIT);
        OperationalRisk risk = risks.find(actor.municipalityId().value(), id)
                .orElseThrow(() -> guard.notFound(AccessAction.UPDATE, ref));
        if (risk.version() != version) {
            throw new ConcurrentEditException(RECORD, id, version);
        }
        By by = by(actingAs);
        risk.reassess(assessment, by);
        risks.update(risk, by);
        guard.logAccess(actingAs, AccessAction.UPDATE, ref);
        return risks.find(risk.municipalityId(), id).orElseThrow();
    }

    private By by(FunctionType actingAs) {
        return new By(guard.actor().staffId().value(), actingAs, clock.instant(), LocalDate.now(clock));
    }
}
