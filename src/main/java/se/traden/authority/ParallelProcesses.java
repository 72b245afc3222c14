package se.traden.authority;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What other modules may ask about the parallel investigations of many cases at once, one query per
 * question: the coordinator's risk signals are built from these answers. The caller has checked access.
 */
@Component
public class ParallelProcesses {
    private final Investigations investigations;

    ParallelProcesses(Investigations investigations) {
        this.investigations = investigations;
    }

    /** The cases among those given where the social services have decided on an intervention. */
    public Set<UUID> withIntervention(UUID municipality, Collection<UUID> caseIds) {
        return investigations.withIntervention(municipality, caseIds);
    }

    /**
     * The cases among those given whose latest investigation was closed without an intervention, with the
     * day it closed: when the case is still worked, the need it was opened for persists.
     */
    public Map<UUID, LocalDate> closedWithoutIntervention(UUID municipality, Collection<UUID> caseIds) {
        return investigations.latestClosedWithoutIntervention(municipality, caseIds);
    }
}
