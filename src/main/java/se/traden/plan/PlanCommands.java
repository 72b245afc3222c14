package se.traden.plan;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Revising a case's plan, for callers in other modules (the demo generator): the same service method as
 * the plan page and the API, under the case's inner secrecy, with the same history line and access-log
 * entry.
 */
@Component
public class PlanCommands {
    private final PlanService plans;

    PlanCommands(PlanService plans) {
        this.plans = plans;
    }

    public PlanRevision revise(UUID caseId, PlanDraft draft) {
        return plans.revise(caseId, draft);
    }
}
