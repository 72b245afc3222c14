package se.traden.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.traden.casework.CaseAccess;
import se.traden.casework.CaseGlance;
import se.traden.casework.CollaborationCase;

/**
 * The consent part of a case at a glance: the mode the case works in, and for each organisation a consent
 * names whether a consent covers sharing with it now. The ledger's secrecy-breaking bases are left to the
 * consent page, where each is read with its context.
 */
@Component
class ConsentGlance implements CaseGlance {
    private final Consents consents;
    private final Clock clock;

    ConsentGlance(Consents consents, Clock clock) {
        this.consents = consents;
        this.clock = clock;
    }

    @Override
    public Optional<Glance> glance(CaseAccess.CaseRef ref, CollaborationCase c) {
        Instant now = clock.instant();
        List<Consent> all = consents.ofCase(ref.municipalityId(), ref.caseId());
        boolean anyValid = all.stream().anyMatch(x -> x.statusAt(now, clock.getZone()) != ConsentStatus.WITHDRAWN);
        CaseMode mode = anyValid ? CaseMode.CONSENT : CaseMode.INTERNAL_COORDINATION;
        Map<String, Line> actors = new LinkedHashMap<>();
        for (Consent consent : all) {
            for (Recipient r : consent.recipients()) {
                String key = Recipient.actorKey(r.organisation(), r.kind());
                boolean covered =
                        !consent.coveredFor(r.id(), now, clock.getZone()).isEmpty();
                if (covered) {
                    actors.put(key, Line.of("consent.glance.covered", r.organisation()));
                } else {
                    actors.putIfAbsent(key, Line.of("consent.glance.not-covered", r.organisation()));
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of("consent.glance.mode", new Text(mode.messageKey())));
        lines.addAll(actors.values());
        return Optional.of(new Glance("consents", "cases.section.consents", lines, null, null));
    }
}
