package se.traden.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import se.traden.shared.FunctionType;

/**
 * A risk to the operation (verksamhetsrisk, SOSFS 2011:9, 5 kap. 1 §): something that could make the
 * process fail — a case falling between units, feedback deadlines slipping — with how likely it is and how
 * serious it would be, each on a scale of 1 to 4, and the measures taken against it. Its risk value is the
 * product, 1 to 16. It names a step of the process and the function that owns the measures; it never
 * points at a person or a case, and nothing here scores an individual.
 *
 * <p>Its life: the group manager or the coordinator <em>identifies</em> it; they <em>reassess</em> it as
 * the measures take effect (mitigated) until it no longer applies (closed); each reassessment from the
 * version it started from. A review date says when it is to be looked at again.
 */
final class OperationalRisk {
    private final UUID id;
    private final UUID municipalityId;
    private Assessment assessment;
    private final Instant identifiedAt;
    private final UUID identifiedBy;
    private final FunctionType identifiedFunction;
    private Instant updatedAt;
    private final long version;

    /** What is said about the risk: all of it is given again at each reassessment. */
    record Assessment(
            String title,
            String description,
            ProcessStep processStep,
            Integer likelihood,
            Integer consequence,
            String measures,
            FunctionType owner,
            LocalDate reviewOn,
            RiskStatus status) {

        public int value() {
            return likelihood * consequence;
        }

        public RiskBand band() {
            return RiskBand.of(value());
        }
    }

    OperationalRisk(
            UUID id,
            UUID municipalityId,
            Assessment assessment,
            Instant identifiedAt,
            UUID identifiedBy,
            FunctionType identifiedFunction,
            Instant updatedAt,
            long version) {
        this.id = id;
        this.municipalityId = municipalityId;
        this.assessment = assessment;
        this.identifiedAt = identifiedAt;
        this.identifiedBy = identifiedBy;
        this.identifiedFunction = identifiedFunction;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A newly identified risk; open unless said otherwise. */
    static OperationalRisk identify(UUID municipalityId, Assessment a, By by) {
        Assessment withStatus = a.status() == null
                ? new Assessment(
                        a.title(),
                        a.description(),
                        a.processStep(),
                        a.likelihood(),
                        a.consequence(),
                        a.measures(),
                        a.owner(),
                        a.reviewOn(),
                        RiskStatus.OPEN)
                : a;
        return new OperationalRisk(
                UUID.randomUUID(),
                municipalityId,
                validate(withStatus, by.today()),
                by.at(),
                by.staffId(),
                by.function(),
                null,
                0);
    }

    /** A new judgement of the same risk: likelihood, consequence, measures, status, the next review. */
    void reassess(Assessment a, By by) {
        assessment = validate(a, by.today());
        updatedAt = by.at();
    }

    private static Assessment validate(Assessment a, LocalDate today) {
        var v = new Violations(today);
        String title = v.text("title", a.title(), Violations.SHORT);
        String description = v.text("description", a.description(), Violations.LONG);
        ProcessStep step = v.required("processStep", a.processStep());
        Integer likelihood = v.level("likelihood", a.likelihood());
        Integer consequence = v.level("consequence", a.consequence());
        String measures = v.optional("measures", a.measures(), Violations.LONG);
        FunctionType owner = v.required("owner", a.owner());
        if (owner != null && !QualityPolicy.RISK_OWNERS.contains(owner)) {
            v.add("owner", "quality.risk.owner-not-allowed");
        }
        RiskStatus status = v.required("status", a.status());
        LocalDate reviewOn = v.required("reviewOn", a.reviewOn());
        if (reviewOn != null && reviewOn.isBefore(today) && status != RiskStatus.CLOSED) {
            v.add("reviewOn", "quality.risk.review-in-past");
        }
        v.throwIfAny();
        return new Assessment(title, description, step, likelihood, consequence, measures, owner, reviewOn, status);
    }

    public UUID id() {
        return id;
    }

    public UUID municipalityId() {
        return municipalityId;
    }

    public Assessment assessment() {
        return assessment;
    }

    public String title() {
        return assessment.title();
    }

    public String description() {
        return assessment.description();
    }

    public ProcessStep processStep() {
        return assessment.processStep();
    }

    public int likelihood() {
        return assessment.likelihood();
    }

    public int consequence() {
        return assessment.consequence();
    }

    public int value() {
        return assessment.value();
    }

    public RiskBand band() {
        return assessment.band();
    }

    public String measures() {
        return assessment.measures();
    }

    public FunctionType owner() {
        return assessment.owner();
    }

    public LocalDate reviewOn() {
        return assessment.reviewOn();
    }

    public RiskStatus status() {
        return assessment.status();
    }

    /** Open or mitigated, and its review date has passed. */
    public boolean reviewOverdueOn(LocalDate day) {
        return status() != RiskStatus.CLOSED && reviewOn().isBefore(day);
    }

    public Instant identifiedAt() {
        return identifiedAt;
    }

    public UUID identifiedBy() {
        return identifiedBy;
    }

    public FunctionType identifiedFunction() {
        return identifiedFunction;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
