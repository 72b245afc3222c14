package se.traden.collaboration;

import java.time.Instant;
import java.util.UUID;
import se.traden.shared.FunctionType;

/** Who wrote something down, in which function, when. */
record Recorded(UUID staffId, FunctionType function, Instant at) {}
