package se.traden.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import se.traden.shared.FunctionType;

/** Who did something, in which function, when; and which day that was in the municipality. */
record By(UUID staffId, FunctionType function, Instant at, LocalDate today) {}
