package se.traden.shared;

import java.util.Optional;
import java.util.Set;

/**
 * The person acting in this request: who they are, which municipality they belong to and which
 * functions they hold right now.
 */
public record Actor(
        StaffId staffId,
        MunicipalityId municipalityId,
        String username,
        String displayName,
        Set<FunctionType> functions) {

    public Actor {
        functions = Set.copyOf(functions);
    }

    public boolean holds(FunctionType function) {
        return functions.contains(function);
    }

    /** The first of the given functions this actor holds: the function they act in for this request. */
    public Optional<FunctionType> actingAs(FunctionType... candidates) {
        for (FunctionType candidate : candidates) {
            if (functions.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
