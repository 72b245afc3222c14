package se.traden.authority;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.traden.casework.CaseAccess;
import se.traden.casework.CaseGlance;
import se.traden.casework.CaseGlance.Text;
import se.traden.casework.CollaborationCase;

/** A parallel investigation at a glance: its diary number and where it stands; nothing when there is none. */
@Component
class InvestigationGlance implements CaseGlance {
    private final Investigations investigations;

    InvestigationGlance(Investigations investigations) {
        this.investigations = investigations;
    }

    @Override
    public Optional<Glance> glance(CaseAccess.CaseRef ref, CollaborationCase c) {
        List<Investigation> found = investigations.ofCase(ref.municipalityId(), ref.caseId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Line> lines = found.stream()
                .map(i -> Line.of(
                        "investigation.glance.status",
                        i.diaryNumber() != null ? i.diaryNumber() : new Text("investigation.glance.no-diary-number"),
                        new Text(i.status().messageKey()),
                        i.statusOn() == null ? i.openedOn() : i.statusOn()))
                .toList();
        return Optional.of(new Glance("investigations", "cases.section.investigations", lines, null, null));
    }
}
