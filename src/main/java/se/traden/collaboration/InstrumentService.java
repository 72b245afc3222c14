package se.traden.collaboration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.RecordRef;

/** Instrument uses of a case, each one input among several; nothing is ever computed from a result. */
@Service
class InstrumentService {
    static final String RECORD = "instrument-use";

    private final CaseHeaders headers;
    private final InstrumentUses uses;
    private final AccessGuard guard;
    private final Clock clock;

    InstrumentService(CaseHeaders headers, InstrumentUses uses, AccessGuard guard, Clock clock) {
        this.headers = headers;
        this.uses = uses;
        this.guard = guard;
        this.clock = clock;
    }

    record InstrumentLog(CaseHeader header, List<InstrumentUse> uses) {}

    @Transactional
    InstrumentLog log(UUID caseId) {
        CaseHeader header = headers.read(caseId, RECORD);
        return new InstrumentLog(header, uses.ofCase(header.municipalityId(), caseId));
    }

    @Transactional
    InstrumentUse record(UUID caseId, InstrumentUse.NewUse input) {
        CaseHeader header = headers.writeWhileOpen(caseId, RECORD);
        InstrumentUse use = InstrumentUse.record(
                header.municipalityId(),
                caseId,
                input,
                LocalDate.now(clock),
                new Recorded(guard.actor().staffId().value(), header.actingAs(), clock.instant()));
        uses.insert(use);
        return use;
    }

    @Transactional
    InstrumentUse measureAfter(UUID caseId, UUID useId, long version, LocalDate on, String result, String reading) {
        CaseHeader header = headers.writeWhileOpen(caseId, RECORD);
        InstrumentUse use = uses.find(header.municipalityId(), caseId, useId)
                .orElseThrow(() -> guard.notFound(AccessAction.UPDATE, RecordRef.of(RECORD, useId)));
        if (use.version() != version) {
            throw new ConcurrentEditException(RECORD, useId, version);
        }
        uses.updateAfter(use.measureAfter(on, result, reading, LocalDate.now(clock)));
        return uses.find(header.municipalityId(), caseId, useId).orElseThrow();
    }
}
