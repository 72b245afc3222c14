package se.traden.casework;

import java.util.List;
import se.traden.shared.FunctionType;

/** A case with its history and the names needed to read it, as the acting function may see it. */
public record CaseView(
        CollaborationCase collaborationCase,
        String childName,
        String caseManagerName,
        List<CaseEvent> history,
        FunctionType actingAs) {}
