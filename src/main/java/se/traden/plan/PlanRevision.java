package se.traden.plan;

import java.time.Instant;
import java.util.UUID;
import se.traden.shared.FunctionType;

/** One kept revision of a plan: its number, when and by whom, what changed (in the author's words), why, and the whole plan. */
public record PlanRevision(
        int number,
        Instant at,
        UUID byStaffId,
        FunctionType actingAs,
        String summary,
        String reason,
        PlanContent content) {}
