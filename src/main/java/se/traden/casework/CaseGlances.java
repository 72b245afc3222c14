package se.traden.casework;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Gathers the glances of every module at a case, in the order their sections stand on the page. */
@Component
class CaseGlances {
    private final List<CaseGlance> glances;
    private final Map<String, Integer> order;

    CaseGlances(List<CaseGlance> glances, List<CaseSection> sections) {
        this.glances = List.copyOf(glances);
        this.order = sections.stream().collect(Collectors.toMap(CaseSection::path, CaseSection::order, Math::min));
    }

    /** Called only once the reader has been let in to the case. */
    List<CaseGlance.Glance> of(CaseAccess.CaseRef ref, CollaborationCase c) {
        return glances.stream()
                .map(g -> g.glance(ref, c))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(
                                (CaseGlance.Glance g) -> order.getOrDefault(g.sectionPath(), Integer.MAX_VALUE))
                        .thenComparing(CaseGlance.Glance::sectionPath))
                .toList();
    }
}
