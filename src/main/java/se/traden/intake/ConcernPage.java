package se.traden.intake;

import java.util.Map;
import java.util.UUID;
import se.traden.shared.FunctionType;

/**
 * A concern as its page shows it: the concern and its timeline, the function the viewer works it in
 * (which decides the next steps offered), and the names of the staff on its timeline.
 */
public record ConcernPage(ConcernView view, FunctionType actingAs, Map<UUID, String> staffNames) {

    public ConcernPage {
        staffNames = Map.copyOf(staffNames);
    }

    public Concern concern() {
        return view.concern();
    }

    public String staffName(UUID staffId) {
        return staffId == null ? null : staffNames.get(staffId);
    }
}
