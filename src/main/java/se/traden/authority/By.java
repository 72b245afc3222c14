package se.traden.authority;

import java.time.Instant;
import java.util.UUID;
import se.traden.shared.FunctionType;

/** Who did something, in which function, when. */
record By(UUID staffId, FunctionType function, Instant at) {}
