package se.traden.intake;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.traden.shared.FunctionType;

/**
 * A concern as its page shows it: the concern and its timeline, the function the viewer works it in
 * (which decides the next steps offered), the names of the staff on its timeline, the identified child's
 * name, what else Tråden knows
 * about the identified child ({@code thread}), and, while the child is being identified, the registered
 * children who may be the one.
 */
public record ConcernPage(
        ConcernView view,
        FunctionType actingAs,
        Map<UUID, String> staffNames,
        String personName,
        List<KnownConcern> thread,
        boolean identifying,
        List<IdentificationCandidate> candidates) {

    public ConcernPage {
        staffNames = Map.copyOf(staffNames);
        thread = List.copyOf(thread);
        candidates = List.copyOf(candidates);
    }

    public Concern concern() {
        return view.concern();
    }

    public String staffName(UUID staffId) {
        return staffId == null ? null : staffNames.get(staffId);
    }

    /** The activated collaboration the identified child already has, which this concern joins. */
    public Optional<KnownConcern> ongoingCase() {
        return thread.stream().filter(KnownConcern::ongoingCase).findFirst();
    }
}
