package se.traden.collaboration;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.traden.casework.CaseAccess;
import se.traden.casework.CaseGlance;
import se.traden.casework.CaseStatus;
import se.traden.casework.CaseSummary;
import se.traden.casework.CollaborationCase;

/**
 * The case's open risk signals at the top of its page, by the same rules as the coordinator's list of
 * signals across the unit, computed for this one case.
 */
@Component
class RiskSignalGlance implements CaseGlance {
    // Lazily: the signals read the case list through CaseService, which itself asks the glances.
    private final ObjectProvider<RiskSignals> signals;

    RiskSignalGlance(ObjectProvider<RiskSignals> signals) {
        this.signals = signals;
    }

    @Override
    public Optional<Glance> glance(CaseAccess.CaseRef ref, CollaborationCase c) {
        if (c.status() != CaseStatus.ACTIVE) {
            return Optional.empty();
        }
        var summary = new CaseSummary(
                c.id(),
                c.reference(),
                null,
                c.caseManagerStaffId(),
                null,
                c.status(),
                c.phase(),
                c.intensive(),
                c.openedAt(),
                false,
                null);
        List<RiskSignal> open = signals.getObject().forCases(ref.municipalityId(), List.of(summary));
        if (open.isEmpty()) {
            return Optional.empty();
        }
        List<Line> lines = open.stream()
                .map(s -> Line.of(
                        "collaboration.glance.risk-signal",
                        new Text("risk-signal.kind." + s.kind().name())))
                .toList();
        return Optional.of(new Glance("contacts", "collaboration.glance.risk-signals", lines, null, null));
    }
}
