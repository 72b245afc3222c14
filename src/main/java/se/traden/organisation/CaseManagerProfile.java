package se.traden.organisation;

import java.util.Set;
import se.traden.shared.StaffId;

/**
 * A case manager as the individual coordinator weighs them when assigning a case: who they are, the
 * function they hold, and their competence tags. The name is an employee's personal data: whoever
 * shows it logs the access.
 */
public record CaseManagerProfile(
        StaffId staff, String name, FunctionId function, String functionName, Set<String> competenceTags) {

    public CaseManagerProfile {
        competenceTags = Set.copyOf(competenceTags);
    }
}
