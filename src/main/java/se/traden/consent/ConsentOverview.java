package se.traden.consent;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.traden.disclosure.InformationCategory;
import se.traden.shared.FunctionType;

/**
 * The consents of a case as its page shows them: the mode the case is in, each actor's basis, every
 * consent with its status now, and the names needed to read them.
 */
public record ConsentOverview(
        UUID caseId,
        UUID childId,
        String childName,
        CaseMode mode,
        List<ActorBasis> actors,
        List<ConsentView> consents,
        Map<UUID, String> guardians,
        Instant at,
        FunctionType actingAs,
        boolean mayRecord) {

    /** One consent with its status now and the names of its givers and of the staff who recorded it. */
    public record ConsentView(
            Consent consent,
            ConsentStatus status,
            Map<UUID, Set<InformationCategory>> coveredNow,
            Map<UUID, String> names) {
        public String name(UUID id) {
            return names.getOrDefault(id, "");
        }

        /** The categories still covered for one recipient now. */
        public Set<InformationCategory> covered(UUID recipientId) {
            return coveredNow.getOrDefault(recipientId, Set.of());
        }

        public boolean withdrawable() {
            return status != ConsentStatus.WITHDRAWN;
        }
    }
}
