package se.traden.plan;

import java.util.UUID;
import org.springframework.stereotype.Component;
import se.traden.casework.ClosureConditions;
import se.traden.casework.ClosureReadiness;

/**
 * The plan's answer to whether a case may close: every goal of the current revision evaluated (and at
 * least one goal), and a plan for handling difficulties before they become acute.
 */
@Component
class PlanClosureConditions implements ClosureConditions {
    private final Plans plans;

    PlanClosureConditions(Plans plans) {
        this.plans = plans;
    }

    @Override
    public ClosureReadiness readinessOf(UUID municipalityId, UUID caseId) {
        PlanContent content = plans.of(municipalityId, caseId).currentContent();
        return new ClosureReadiness(content.goalsEvaluated(), content.hasDifficultiesPlan());
    }
}
