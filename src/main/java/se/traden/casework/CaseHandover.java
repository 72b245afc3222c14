package se.traden.casework;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.FunctionType;
import se.traden.shared.RecordRef;

/**
 * The cases a case manager holds, for a handover: listed, and passed on to a successor, each with a line
 * on its history. Runs inside the handover's transaction, so all of it passes or none.
 */
@Component
public class CaseHandover {
    private final Cases cases;
    private final AccessGuard guard;
    private final Clock clock;

    CaseHandover(Cases cases, AccessGuard guard, Clock clock) {
        this.cases = cases;
        this.guard = guard;
        this.clock = clock;
    }

    /** A case held, as the handover page lists it: no content, only what it is. */
    public record HeldCase(UUID id, String reference, CaseStatus status, Phase phase) {}

    @Transactional(propagation = Propagation.MANDATORY)
    public List<HeldCase> heldBy(UUID municipality, UUID caseManager) {
        return cases.heldBy(municipality, caseManager).stream()
                .map(c -> new HeldCase(c.id(), c.reference(), c.status(), c.phase()))
                .toList();
    }

    /** Passes every open case of {@code from} to {@code to}; returns how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int handOver(UUID municipality, UUID from, UUID to, String reason, FunctionType actingAs) {
        var by = new CollaborationCase.By(guard.actor().staffId().value(), actingAs, clock.instant());
        List<CollaborationCase> held = cases.heldBy(municipality, from);
        for (CollaborationCase c : held) {
            c.handOver(to, reason, by);
            cases.update(c);
            guard.logAccess(actingAs, AccessAction.UPDATE, RecordRef.ofPerson("case", c.id(), c.personId()));
        }
        return held.size();
    }
}
