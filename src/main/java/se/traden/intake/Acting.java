package se.traden.intake;

import java.time.Instant;
import java.util.UUID;
import se.traden.shared.FunctionType;

/** Who does something to a concern, in which function, and when. */
public record Acting(UUID staffId, FunctionType function, Instant at) {}
